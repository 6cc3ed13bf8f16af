namespace Helpdesk.Email.Models;

/// <summary>How the site hands its e-mails over. The numbers are stored; never renumber them.</summary>
public enum EmailDeliveryMethod
{
    /// <summary>Writes each message as an <c>.eml</c> file into a folder; works without a mail server.</summary>
    PickupFolder = 0,

    Smtp = 1,
}
