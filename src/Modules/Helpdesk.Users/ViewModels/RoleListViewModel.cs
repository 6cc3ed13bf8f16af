namespace Helpdesk.Users.ViewModels;

public sealed class RoleListViewModel
{
    public required IReadOnlyList<RoleListItemViewModel> Roles { get; init; }
}
