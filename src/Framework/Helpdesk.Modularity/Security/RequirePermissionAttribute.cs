using Microsoft.AspNetCore.Authorization;

namespace Helpdesk.Modularity.Security;

/// <summary>Allows a controller or action only to users holding the named permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public RequirePermissionAttribute(string permissionName)
        : base(PermissionPolicyProvider.PolicyPrefix + permissionName)
    {
    }
}
