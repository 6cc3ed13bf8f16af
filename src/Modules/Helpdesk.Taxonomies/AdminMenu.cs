using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Taxonomies;

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
                Text = S["Taxonomies"],
                Url = "/admin/taxonomies",
                Icon = "diagram-3",
                Position = 30,
                Permission = Permissions.ManageTaxonomies,
            }));
    }
}
