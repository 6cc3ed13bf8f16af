using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Features;

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
                Text = S["Features"],
                Url = "/admin/features",
                Icon = "puzzle",
                Position = 10,
                Permission = Permissions.ManageFeatures,
            }));

        return ValueTask.CompletedTask;
    }
}
