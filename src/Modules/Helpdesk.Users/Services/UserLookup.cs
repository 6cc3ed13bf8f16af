using Helpdesk.ContentManagement.Users;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Services;

/// <summary>Gives the user picker field the site's users.</summary>
public sealed class UserLookup : IUserLookup
{
    private readonly UserManager<User> _users;
    private readonly UserDirectory _directory;

    public UserLookup(UserManager<User> users, UserDirectory directory)
    {
        _users = users;
        _directory = directory;
    }

    public async Task<UserSummary?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await _users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var roles = await _directory.RoleNamesAsync([user.Id], cancellationToken);

        return Summary(new UserListItem(user, roles.GetValueOrDefault(user.Id, [])));
    }

    public async Task<IReadOnlyList<UserSummary>> SearchAsync(
        string? text,
        IReadOnlyList<string> roles,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var found = await _directory.SearchAsync(text, roles, limit, cancellationToken);

        return found.Select(Summary).ToList();
    }

    private static UserSummary Summary(UserListItem item) => new(
        item.User.Id,
        string.IsNullOrWhiteSpace(item.User.DisplayName) ? item.User.Email ?? item.User.Id : item.User.DisplayName,
        item.User.Email,
        item.Roles);
}
