using Helpdesk.Modularity.Security;

namespace Helpdesk.Tests.Users;

/// <summary>Permissions of the sample feature, registered for it by <see cref="UsersTestSite"/>.</summary>
public sealed class SamplePermissions : IPermissionProvider
{
    public static readonly Permission ViewSampleNotes = new("ViewSampleNotes", "View the sample notes");

    public static readonly Permission EditSampleNotes = new("EditSampleNotes", "Edit the sample notes");

    public IEnumerable<Permission> GetPermissions() => [ViewSampleNotes, EditSampleNotes];

    public IEnumerable<RoleGrant> GetDefaultGrants() =>
        [new RoleGrant(BuiltInRoles.Agent, [ViewSampleNotes]), new RoleGrant(BuiltInRoles.Authenticated, [])];
}
