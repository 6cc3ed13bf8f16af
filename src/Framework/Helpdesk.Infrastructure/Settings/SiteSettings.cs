using Helpdesk.Data.Documents;
using Helpdesk.Infrastructure.Localization;

namespace Helpdesk.Infrastructure.Settings;

/// <summary>What identifies the site to customers and staff. Its existence means setup is done.</summary>
public sealed class SiteSettings : Document
{
    public string SiteName { get; set; } = "Helpdesk";

    /// <summary>File name of the uploaded logo under App_Data/site, or null for none.</summary>
    public string? LogoFileName { get; set; }

    public string? SupportPhone { get; set; }

    public string? SupportEmail { get; set; }

    public string DefaultLanguage { get; set; } = SupportedCultures.English;

    /// <summary>An IANA time zone id such as <c>Europe/Berlin</c>.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>The public address of the site, used in links inside e-mails.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The portal's main colour as <c>#rrggbb</c>.</summary>
    public string PrimaryColor { get; set; } = "#0d6efd";

    public DateTime SetupCompletedUtc { get; set; }
}
