namespace Helpdesk.Email.Delivery;

/// <summary>
/// A delivery failed. <see cref="Exception.Message"/> is English and may quote the server's
/// answer; it never holds a password or a message body.
/// </summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailDeliveryException(
        EmailDeliveryFailure failure,
        string message,
        bool isPermanent = false,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        IsPermanent = isPermanent;
    }

    public EmailDeliveryFailure Failure { get; }

    /// <summary>True when trying again cannot help (the server refused the message for good).</summary>
    public bool IsPermanent { get; }
}
