using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Admin;

/// <summary>
/// The dashboard and the site settings in the "Configuration" group, which other modules fill
/// too through <see cref="AdminMenuGroups.Configuration"/>.
/// </summary>
public sealed class AdminMenu : AdminMenuProvider
{
    public const string DashboardUrl = "/admin";
    public const string SettingsUrl = "/admin/settings";

    private IStringLocalizer<AdminMenu> S { get; }

    public AdminMenu(IStringLocalizer<AdminMenu> localizer)
    {
        S = localizer;
    }

    protected override void Build(IList<NavigationItem> items)
    {
        items.Add(new NavigationItem
        {
            Text = S["Dashboard"],
            Url = DashboardUrl,
            Icon = "speedometer2",
            Position = 0,
            Permission = Permissions.AccessAdminPanel,
        });
        items.Add(AdminMenuGroups.Configuration(
            S["Configuration"],
            new NavigationItem
            {
                Text = S["Settings"],
                Url = SettingsUrl,
                Icon = "gear",
                Position = 100,
                Permission = Permissions.ManageSettings,
            }));
    }
}
