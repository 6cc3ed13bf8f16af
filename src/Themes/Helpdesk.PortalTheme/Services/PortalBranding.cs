namespace Helpdesk.PortalTheme.Services;

/// <summary>What the portal layout shows of the site: name, logo, colours and support contact.</summary>
public sealed record PortalBranding(
    string SiteName,
    string? LogoUrl,
    BrandPalette Palette,
    string? SupportPhone,
    string? SupportEmail);
