using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Recipes;

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
                Text = S["Recipes"],
                Url = "/admin/recipes",
                Icon = "journal-code",
                Position = 20,
                Permission = Permissions.ManageRecipes,
            }));
    }
}
