using System.Security.Claims;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Admin.Services;

/// <summary>Tells those who change the site settings what a new site still lacks for its e-mails and customers.</summary>
public sealed class SiteSettingsAlerts : IAdminAlertProvider
{
    private const string SettingsUrl = "/admin/settings";

    private readonly ISiteService _site;
    private readonly IAuthorizationService _authorization;

    public SiteSettingsAlerts(ISiteService site, IAuthorizationService authorization, IStringLocalizer<SiteSettingsAlerts> localizer)
    {
        _site = site;
        _authorization = authorization;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task<IReadOnlyList<AdminAlert>> GetAlertsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await _authorization.HasPermissionAsync(user, Permissions.ManageSettings))
        {
            return [];
        }

        var settings = await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();
        var alerts = new List<AdminAlert>();
        if (string.IsNullOrWhiteSpace(settings.BaseUrl))
        {
            alerts.Add(new AdminAlert(
                S["The site's address is not set: links in e-mails use the address of whatever page sent them."],
                SettingsUrl,
                S["Set the address"]));
        }

        if (string.IsNullOrWhiteSpace(settings.SupportPhone) && string.IsNullOrWhiteSpace(settings.SupportEmail))
        {
            alerts.Add(new AdminAlert(
                S["No support phone or e-mail address is set: customers who cannot sign in are not told whom to ask."],
                SettingsUrl,
                S["Add the support contact"]));
        }

        return alerts;
    }
}
