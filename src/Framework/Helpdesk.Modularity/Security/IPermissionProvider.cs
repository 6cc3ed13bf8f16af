namespace Helpdesk.Modularity.Security;

/// <summary>
/// Declares the permissions of a feature and which built-in roles get them by default.
/// Registered by the feature's startup; its permissions exist only while the feature is enabled.
/// </summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Default grants per built-in role name (see <see cref="BuiltInRoles"/>).</summary>
    IEnumerable<RoleGrant> GetDefaultGrants() => [];
}
