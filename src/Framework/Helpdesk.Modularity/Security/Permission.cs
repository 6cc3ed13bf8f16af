namespace Helpdesk.Modularity.Security;

/// <summary>
/// A right that modules declare and administrators grant to roles, e.g. "ManageFeatures".
/// The name is the stable identifier stored with roles; the description is English and
/// localised where it is shown.
/// </summary>
public sealed record Permission(string Name, string Description)
{
    /// <summary>The claim type under which a role's granted permissions are stored.</summary>
    public const string ClaimType = "Permission";

    /// <summary>The authorization policy name that checks this permission.</summary>
    public string PolicyName => PermissionPolicyProvider.PolicyPrefix + Name;
}
