using Helpdesk.Modularity.Security;

namespace Helpdesk.Contents;

/// <summary>Rights over content items and content types in the admin; request types add their own per stereotype later.</summary>
public sealed class ContentsPermissions : IPermissionProvider
{
    public static readonly Permission ViewContent = new("ViewContent", "View content items in the admin");
    public static readonly Permission EditContent = new("EditContent", "Create and edit content items");
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content items");
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Manage content types, their parts and fields");

    public IEnumerable<Permission> GetPermissions() => [ViewContent, EditContent, DeleteContent, ManageContentTypes];

    public IEnumerable<RoleGrant> GetDefaultGrants() =>
    [
        new RoleGrant(BuiltInRoles.Administrator, [ViewContent, EditContent, DeleteContent, ManageContentTypes]),
        new RoleGrant(BuiltInRoles.Agent, [ViewContent, EditContent]),
    ];
}
