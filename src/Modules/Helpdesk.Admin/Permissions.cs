using Helpdesk.Infrastructure.Display;
using Helpdesk.Modularity.Security;

namespace Helpdesk.Admin;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageSettingsName = "ManageSettings";

    public static readonly Permission AccessAdminPanel =
        new(AdminAttribute.AccessAdminPanel, "Open the admin area");

    public static readonly Permission ManageSettings =
        new(ManageSettingsName, "Change the site settings");

    public IEnumerable<Permission> GetPermissions() => [AccessAdminPanel, ManageSettings];

    public IEnumerable<RoleGrant> GetDefaultGrants() =>
    [
        new RoleGrant(BuiltInRoles.Administrator, [AccessAdminPanel, ManageSettings]),
        new RoleGrant(BuiltInRoles.Agent, [AccessAdminPanel]),
    ];
}
