using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>The language a signed-in user chose, carried as the <see cref="ClaimType"/> claim.</summary>
public sealed class UserCultureProvider : RequestCultureProvider
{
    public const string ClaimType = "helpdesk:culture";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.User.FindFirst(ClaimType)?.Value;

        return Task.FromResult(SupportedCultures.IsSupported(culture) ? new ProviderCultureResult(culture) : null);
    }
}
