using Helpdesk.Modularity.Security;

namespace Helpdesk.Taxonomies;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageTaxonomies = new(nameof(ManageTaxonomies), "Create and edit taxonomies and their terms");

    public IEnumerable<Permission> GetPermissions() => [ManageTaxonomies];

    public IEnumerable<RoleGrant> GetDefaultGrants() => [new RoleGrant(BuiltInRoles.Administrator, [ManageTaxonomies])];
}
