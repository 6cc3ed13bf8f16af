namespace Helpdesk.Data.Documents;

/// <summary>The document was changed by someone else since it was loaded.</summary>
public sealed class DocumentConcurrencyException : Exception
{
    public DocumentConcurrencyException()
    {
    }

    public DocumentConcurrencyException(string message)
        : base(message)
    {
    }

    public DocumentConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
