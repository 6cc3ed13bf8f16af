using Helpdesk.Users.Models;
using Helpdesk.Users.Services;

namespace Helpdesk.Users.ViewModels;

public sealed class UserListViewModel
{
    public required UserPage Page { get; init; }

    public string? Search { get; init; }

    /// <summary>The id of the role filtered by, or null for all users.</summary>
    public string? RoleId { get; init; }

    public required IReadOnlyList<Role> Roles { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public required DateTimeOffset Now { get; init; }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
}
