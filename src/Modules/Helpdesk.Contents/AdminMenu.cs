using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents;

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
                Text = S["Content types"],
                Url = "/admin/content-types",
                Icon = "ui-checks-grid",
                Position = 30,
                Permission = ContentsPermissions.ManageContentTypes,
            }));
    }
}
