using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Recipes;

public sealed class AdminMenu : INavigationProvider
{
    public AdminMenu(IStringLocalizer<AdminMenu> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public ValueTask BuildAsync(string menuName, IList<NavigationItem> items)
    {
        if (menuName != MenuNames.Admin)
        {
            return ValueTask.CompletedTask;
        }

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

        return ValueTask.CompletedTask;
    }
}
