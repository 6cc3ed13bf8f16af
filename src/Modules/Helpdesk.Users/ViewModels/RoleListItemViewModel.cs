using Helpdesk.Users.Models;

namespace Helpdesk.Users.ViewModels;

/// <summary>A row of the roles list; <see cref="UserCount"/> is null for roles everybody has implicitly.</summary>
public sealed record RoleListItemViewModel(Role Role, int? UserCount, bool IsBuiltIn);
