using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Helpdesk.Modularity.Security;

public static class AuthorizationServiceExtensions
{
    public static async Task<bool> HasPermissionAsync(
        this IAuthorizationService authorization,
        ClaimsPrincipal user,
        Permission permission)
    {
        var result = await authorization.AuthorizeAsync(user, resource: null, new PermissionRequirement(permission.Name));

        return result.Succeeded;
    }
}
