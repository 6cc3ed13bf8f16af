using Helpdesk.Admin.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Helpdesk.Admin.Controllers;

[Admin]
[Route("admin")]
public sealed class DashboardController : Controller
{
    private readonly INavigationManager _navigation;
    private readonly ISiteService _site;
    private readonly ModuleCatalog _catalog;
    private readonly IFeatureGate _gate;
    private readonly IAuthorizationService _authorization;
    private readonly IEnumerable<IAdminAlertProvider> _alerts;

    public DashboardController(
        INavigationManager navigation,
        ISiteService site,
        ModuleCatalog catalog,
        IFeatureGate gate,
        IAuthorizationService authorization,
        IEnumerable<IAdminAlertProvider> alerts)
    {
        _navigation = navigation;
        _site = site;
        _catalog = catalog;
        _gate = gate;
        _authorization = authorization;
        _alerts = alerts;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var menu = await _navigation.BuildMenuAsync(MenuNames.Admin, User);
        var settings = await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();

        var model = new DashboardViewModel
        {
            Settings = settings,
            Sections = menu.Where(item => item.Url != AdminMenu.DashboardUrl).ToList(),
            EnabledFeatures = _catalog.Features.Count(feature => _gate.IsEnabled(feature.Id)),
            TotalFeatures = _catalog.Features.Count,
            CanManageSettings = await _authorization.HasPermissionAsync(User, Permissions.ManageSettings),
            Alerts = await AlertsAsync(cancellationToken),
        };

        return View(model);
    }

    private async Task<IReadOnlyList<AdminAlert>> AlertsAsync(CancellationToken cancellationToken)
    {
        var alerts = new List<AdminAlert>();
        foreach (var provider in _gate.Active(_alerts))
        {
            alerts.AddRange(await provider.GetAlertsAsync(User, cancellationToken));
        }

        return alerts;
    }
}
