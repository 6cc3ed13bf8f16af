using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Users;

/// <summary>Adds the "Users" group with the users and roles pages to the admin menu.</summary>
public sealed class AdminMenu : AdminMenuProvider
{
    public const int UsersGroupPosition = 800;

    public AdminMenu(IStringLocalizer<AdminMenu> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    protected override void Build(IList<NavigationItem> items)
    {
        items.Add(new NavigationItem
        {
            Text = S["Users"],
            Icon = "people",
            Position = UsersGroupPosition,
            Children =
            [
                new NavigationItem
                {
                    Text = S["Users"],
                    Url = "/admin/users",
                    Icon = "person",
                    Position = 10,
                    Permission = Permissions.ManageUsers,
                },
                new NavigationItem
                {
                    Text = S["Roles"],
                    Url = "/admin/roles",
                    Icon = "shield-lock",
                    Position = 20,
                    Permission = Permissions.ManageRoles,
                },
            ],
        });
    }
}
