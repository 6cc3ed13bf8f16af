using Helpdesk.Modularity.Security;

namespace Helpdesk.Tests.SampleModule;

/// <summary>
/// The sample feature's permission. Its pages stay anonymous; the permission exists so that
/// tests can watch the permission list follow the feature's state.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSampleNotes = new("ManageSampleNotes", "Manage sample notes");

    public IEnumerable<Permission> GetPermissions() => [ManageSampleNotes];

    public IEnumerable<RoleGrant> GetDefaultGrants() =>
        [new RoleGrant(BuiltInRoles.Administrator, [ManageSampleNotes])];
}
