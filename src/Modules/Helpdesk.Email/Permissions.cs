using Helpdesk.Modularity.Security;

namespace Helpdesk.Email;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageEmailName = "ManageEmail";

    public static readonly Permission ManageEmail = new(ManageEmailName, "Manage e-mail delivery settings and the outbox");

    public IEnumerable<Permission> GetPermissions() => [ManageEmail];

    public IEnumerable<RoleGrant> GetDefaultGrants() => [new RoleGrant(BuiltInRoles.Administrator, [ManageEmail])];
}
