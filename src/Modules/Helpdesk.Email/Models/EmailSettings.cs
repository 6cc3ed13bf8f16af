using Helpdesk.Data.Documents;

namespace Helpdesk.Email.Models;

/// <summary>How the site delivers e-mail. A new site writes to the pickup folder, so it works without a mail server.</summary>
public sealed class EmailSettings : Document
{
    public EmailDeliveryMethod Method { get; set; } = EmailDeliveryMethod.PickupFolder;

    /// <summary>The sender address; when empty, the site's support address is used.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The sender's display name; when empty, the site name is used.</summary>
    public string? FromName { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public SmtpTlsMode SmtpTlsMode { get; set; } = SmtpTlsMode.Auto;

    public string? SmtpUserName { get; set; }

    /// <summary>The SMTP password protected with Data Protection; never the password itself.</summary>
    public string? SmtpPasswordProtected { get; set; }

    /// <summary>The pickup folder, absolute or relative to <c>App_Data</c>; empty means <c>App_Data/mail-pickup</c>.</summary>
    public string? PickupFolder { get; set; }
}
