using Helpdesk.Modularity.Security;

namespace Helpdesk.Recipes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageRecipes = new(nameof(ManageRecipes), "Run and upload recipes");

    public IEnumerable<Permission> GetPermissions() => [ManageRecipes];

    public IEnumerable<RoleGrant> GetDefaultGrants() => [new RoleGrant(BuiltInRoles.Administrator, [ManageRecipes])];
}
