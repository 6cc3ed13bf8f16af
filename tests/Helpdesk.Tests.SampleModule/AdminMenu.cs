using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Tests.SampleModule;

/// <summary>
/// Adds "Sample notes" to the admin menu. It carries no permission because the page it opens
/// is anonymous, so the menu shows it whenever the feature is enabled.
/// </summary>
public sealed class AdminMenu : INavigationProvider
{
    private IStringLocalizer<AdminMenu> S { get; }

    public AdminMenu(IStringLocalizer<AdminMenu> localizer)
    {
        S = localizer;
    }

    public ValueTask BuildAsync(string menuName, IList<NavigationItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new NavigationItem
            {
                Text = S["Sample notes"],
                Url = "/sample-notes",
                Icon = "sticky",
                Position = 900,
            });
        }

        return ValueTask.CompletedTask;
    }
}
