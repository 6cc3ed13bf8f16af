namespace Helpdesk.Modularity.Security;

/// <summary>Permissions a built-in role receives when the declaring feature is enabled.</summary>
public sealed record RoleGrant(string RoleName, IReadOnlyList<Permission> Permissions);
