using System.Security.Claims;
using Helpdesk.Infrastructure.Identity;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Services;

/// <summary>
/// Puts the user's role names, display name and language into the sign-in cookie. The roles' permissions stay
/// out of it: they are looked up (cached) on each check, so a change applies at once.
/// </summary>
public sealed class HelpdeskUserClaimsPrincipalFactory : UserClaimsPrincipalFactory<User>
{
    public HelpdeskUserClaimsPrincipalFactory(UserManager<User> userManager, IOptions<IdentityOptions> optionsAccessor)
        : base(userManager, optionsAccessor)
    {
    }

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);

        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(SignedInUser.DisplayNameClaimType, user.DisplayName));
        }

        if (SupportedCultures.IsSupported(user.Culture))
        {
            identity.AddClaim(new Claim(UserCultureProvider.ClaimType, user.Culture));
        }

        return identity;
    }
}
