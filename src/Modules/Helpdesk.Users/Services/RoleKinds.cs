using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;

namespace Helpdesk.Users.Services;

/// <summary>What the admin pages may do with a role, and the order they list roles in.</summary>
public static class RoleKinds
{
    public static bool IsBuiltIn(string? roleName) =>
        BuiltInRoles.All.Contains(roleName ?? "", StringComparer.OrdinalIgnoreCase);

    public static bool IsAdministrator(string? roleName) =>
        string.Equals(roleName, BuiltInRoles.Administrator, StringComparison.OrdinalIgnoreCase);

    /// <summary>Authenticated and Anonymous apply to everybody by definition and are never given to a user.</summary>
    public static bool IsImplicit(string? roleName) =>
        string.Equals(roleName, BuiltInRoles.Authenticated, StringComparison.OrdinalIgnoreCase)
        || string.Equals(roleName, BuiltInRoles.Anonymous, StringComparison.OrdinalIgnoreCase);

    /// <summary>Built-in roles first in their usual order, then the site's own roles by name.</summary>
    public static IEnumerable<Role> InListOrder(IEnumerable<Role> roles) =>
        roles.OrderBy(role => Position(role.Name))
            .ThenBy(role => role.Name, StringComparer.CurrentCultureIgnoreCase);

    private static int Position(string? roleName)
    {
        var index = BuiltInRoles.All.ToList().FindIndex(name => string.Equals(name, roleName, StringComparison.OrdinalIgnoreCase));

        return index < 0 ? BuiltInRoles.All.Count : index;
    }
}
