using Helpdesk.Modularity.Manifest;
using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Tests.SampleModule;

/// <summary>Adds "Pinned sample notes" to the admin menu while the pinned feature is enabled.</summary>
[Feature(SampleFeatures.Pinned)]
public sealed class PinnedAdminMenu : INavigationProvider
{
    private IStringLocalizer<PinnedAdminMenu> S { get; }

    public PinnedAdminMenu(IStringLocalizer<PinnedAdminMenu> localizer)
    {
        S = localizer;
    }

    public ValueTask BuildAsync(string menuName, IList<NavigationItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            items.Add(new NavigationItem
            {
                Text = S["Pinned sample notes"],
                Url = "/sample-notes/pinned",
                Icon = "pin",
                Position = 901,
            });
        }

        return ValueTask.CompletedTask;
    }
}
