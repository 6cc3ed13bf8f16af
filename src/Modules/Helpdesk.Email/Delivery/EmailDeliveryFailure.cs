namespace Helpdesk.Email.Delivery;

/// <summary>Why a delivery failed, so the admin can be told in plain words.</summary>
public enum EmailDeliveryFailure
{
    NotConfigured,
    ConnectionFailed,
    SecureConnectionFailed,
    AuthenticationFailed,

    /// <summary>The server refused the sender, a recipient or the message.</summary>
    Rejected,

    PasswordUnreadable,
    PickupFolderFailed,
    TimedOut,
}
