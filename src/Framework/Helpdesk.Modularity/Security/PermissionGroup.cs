namespace Helpdesk.Modularity.Security;

/// <summary>The permissions one feature declares, as shown on the role editor.</summary>
public sealed record PermissionGroup(FeatureInfo Feature, IReadOnlyList<Permission> Permissions);
