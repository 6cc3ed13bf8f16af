using Helpdesk.Modularity.Security;

namespace Helpdesk.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit and lock user accounts");

    public static readonly Permission ManageRoles = new("ManageRoles", "Create and edit roles and their permissions");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<RoleGrant> GetDefaultGrants() =>
        [new RoleGrant(BuiltInRoles.Administrator, [ManageUsers, ManageRoles])];
}
