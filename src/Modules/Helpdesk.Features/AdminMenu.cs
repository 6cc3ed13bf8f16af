using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Features;

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
                Text = S["Features"],
                Url = "/admin/features",
                Icon = "puzzle",
                Position = 10,
                Permission = Permissions.ManageFeatures,
            }));
    }
}
