using Microsoft.AspNetCore.Authorization;

namespace Helpdesk.Modularity.Security;

/// <summary>Requires the user to hold a permission through one of their roles.</summary>
public sealed class PermissionRequirement : IAuthorizationRequirement
{
    public PermissionRequirement(string permissionName)
    {
        PermissionName = permissionName;
    }

    public string PermissionName { get; }
}
