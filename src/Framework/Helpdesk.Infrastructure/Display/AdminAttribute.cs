using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;

namespace Helpdesk.Infrastructure.Display;

/// <summary>
/// Marks a controller or action as part of the admin: it renders in the admin theme and
/// requires the <see cref="AccessAdminPanel"/> permission (Administrator and Agent by default).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AdminAttribute : AuthorizeAttribute
{
    public const string AccessAdminPanel = "AccessAdminPanel";

    public AdminAttribute()
        : base(PermissionPolicyProvider.PolicyPrefix + AccessAdminPanel)
    {
    }
}
