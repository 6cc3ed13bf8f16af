using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Tests.Admin;

/// <summary>
/// Signs a request in as the e-mail address in <see cref="UserHeader"/>; without it the
/// request stays anonymous. See <see cref="AdminTestSite"/> for why this exists.
/// </summary>
public sealed class TestSignInHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "AdminTests";
    public const string UserHeader = "X-Test-User";
    public const string DeniedPermissionsHeader = "X-Test-Denied-Permissions";
    public const string DeniedClaimType = "test:denied";

    public TestSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : base(options, logger, encoder)
    {
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var email = Request.Headers[UserHeader].ToString();
        if (email.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, email), new(ClaimTypes.Email, email) };
        var denied = Request.Headers[DeniedPermissionsHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        claims.AddRange(denied.Select(permission => new Claim(DeniedClaimType, permission)));

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
