using Helpdesk.Modularity.Security;

namespace Helpdesk.Features;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageFeatures = new(nameof(ManageFeatures), "Enable and disable features");

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures];

    public IEnumerable<RoleGrant> GetDefaultGrants() => [new RoleGrant(BuiltInRoles.Administrator, [ManageFeatures])];
}
