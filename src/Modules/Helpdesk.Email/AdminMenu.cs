using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Email;

/// <summary>Adds "E-mail" and "Outbox" to the admin menu's "Configuration" group.</summary>
public sealed class AdminMenu : AdminMenuProvider
{
    public AdminMenu(IStringLocalizer<AdminMenu> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    protected override void Build(IList<NavigationItem> items)
    {
        items.Add(AdminMenuGroups.Configuration(
            S["Configuration"],
            new NavigationItem
            {
                Text = S["E-mail"],
                Url = "/admin/email/settings",
                Icon = "envelope",
                Position = 400,
                Permission = Permissions.ManageEmail,
            },
            new NavigationItem
            {
                Text = S["Outbox"],
                Url = "/admin/email/outbox",
                Icon = "outbox",
                Position = 410,
                Permission = Permissions.ManageEmail,
            }));
    }
}
