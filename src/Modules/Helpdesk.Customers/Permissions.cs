using Helpdesk.Modularity.Security;

namespace Helpdesk.Customers;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageCustomersName = "ManageCustomers";

    public static readonly Permission ManageCustomers = new(ManageCustomersName, "Create and edit customers and organisations");

    public IEnumerable<Permission> GetPermissions() => [ManageCustomers];

    // Staff create the customers' accounts, so agents hold this permission as well.
    public IEnumerable<RoleGrant> GetDefaultGrants() =>
    [
        new RoleGrant(BuiltInRoles.Administrator, [ManageCustomers]),
        new RoleGrant(BuiltInRoles.Agent, [ManageCustomers]),
    ];
}
