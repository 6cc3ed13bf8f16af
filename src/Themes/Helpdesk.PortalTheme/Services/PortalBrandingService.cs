using Helpdesk.Infrastructure.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Helpdesk.PortalTheme.Services;

/// <summary>
/// Reads the portal's branding from the site settings. Before setup, and when the database
/// cannot be read, it answers with neutral defaults: error pages use this layout too and must
/// render exactly when something is wrong.
/// </summary>
public sealed class PortalBrandingService
{
    public const string DefaultSiteName = "Helpdesk";

    private readonly ISiteService _site;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILogger<PortalBrandingService> _logger;
    private PortalBranding? _branding;

    public PortalBrandingService(
        ISiteService site,
        IHttpContextAccessor httpContextAccessor,
        ILogger<PortalBrandingService> logger)
    {
        _site = site;
        _httpContextAccessor = httpContextAccessor;
        _logger = logger;
    }

    public async Task<PortalBranding> GetAsync(CancellationToken cancellationToken = default) =>
        _branding ??= From(await FindSettingsAsync(cancellationToken), PathBase());

    public static PortalBranding From(SiteSettings? settings, string pathBase)
    {
        if (settings is null)
        {
            return new PortalBranding(DefaultSiteName, null, BrandPalette.From(null), null, null);
        }

        var logoUrl = settings.LogoFileName is null
            ? null
            : $"{pathBase}/site/logo?v={Uri.EscapeDataString(settings.LogoFileName)}";

        return new PortalBranding(
            settings.SiteName,
            logoUrl,
            BrandPalette.From(settings.PrimaryColor),
            settings.SupportPhone,
            settings.SupportEmail);
    }

    private async Task<SiteSettings?> FindSettingsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _site.FindSettingsAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "Site settings could not be read; the portal shows default branding");
            return null;
        }
    }

    private string PathBase() => _httpContextAccessor.HttpContext?.Request.PathBase.Value ?? "";
}
