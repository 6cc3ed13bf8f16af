using System.Security.Claims;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Services;

/// <summary>
/// Decides <see cref="PermissionRequirement"/>s: a permission counts only while an enabled
/// feature declares it; Administrators hold every such permission; everybody else holds what
/// their roles grant, plus what the implicit Authenticated (signed in) or Anonymous (visitor)
/// role grants.
/// </summary>
public sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    private readonly IPermissionService _permissions;
    private readonly RolePermissionService _rolePermissions;
    private readonly string _roleClaimType;

    public PermissionAuthorizationHandler(
        IPermissionService permissions,
        RolePermissionService rolePermissions,
        IOptions<IdentityOptions> identityOptions)
    {
        _permissions = permissions;
        _rolePermissions = rolePermissions;
        _roleClaimType = identityOptions.Value.ClaimsIdentity.RoleClaimType;
    }

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        PermissionRequirement requirement)
    {
        if (_permissions.Find(requirement.PermissionName) is null)
        {
            return;
        }

        var roles = RolesOf(context.User);
        if (roles.Contains(BuiltInRoles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return;
        }

        foreach (var role in roles)
        {
            var granted = await _rolePermissions.GetPermissionsAsync(role);
            if (granted.Contains(requirement.PermissionName))
            {
                context.Succeed(requirement);
                return;
            }
        }
    }

    private List<string> RolesOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [BuiltInRoles.Anonymous];
        }

        return user.FindAll(_roleClaimType)
            .Select(claim => claim.Value)
            .Append(BuiltInRoles.Authenticated)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
