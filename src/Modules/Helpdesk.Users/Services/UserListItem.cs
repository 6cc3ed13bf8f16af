using Helpdesk.Users.Models;

namespace Helpdesk.Users.Services;

/// <summary>A row of the users list: the account and the names of its roles.</summary>
public sealed record UserListItem(User User, IReadOnlyList<string> Roles);
