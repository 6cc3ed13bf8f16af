using Helpdesk.Modularity.Security;

namespace Helpdesk.Users;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsersName = "ManageUsers";
    public const string ManageRolesName = "ManageRoles";

    public static readonly Permission ManageUsers = new(ManageUsersName, "Create, edit and lock user accounts");

    public static readonly Permission ManageRoles = new(ManageRolesName, "Create and edit roles and their permissions");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<RoleGrant> GetDefaultGrants() =>
        [new RoleGrant(BuiltInRoles.Administrator, [ManageUsers, ManageRoles])];
}
