using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;

namespace Helpdesk.Tests.Admin;

/// <summary>Grants a signed-in test user every permission except those the request denies.</summary>
public sealed class TestPermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var isTestUser = context.User.Identity?.AuthenticationType == TestSignInHandler.SchemeName;
        if (isTestUser && !context.User.HasClaim(TestSignInHandler.DeniedClaimType, requirement.PermissionName))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
