using Helpdesk.Infrastructure.Settings;
using Microsoft.AspNetCore.WebUtilities;

namespace Helpdesk.Users.Services;

/// <summary>
/// Builds the absolute links that account e-mails carry: below the site's address from the site
/// settings, or, while that is empty, below the address the request that caused the e-mail came to.
/// </summary>
public sealed class AccountLinks
{
    public const string InvitationPath = "/account/invitation";
    public const string PasswordResetPath = "/account/reset-password";

    private readonly ISiteService _site;

    public AccountLinks(ISiteService site)
    {
        _site = site;
    }

    /// <summary>A site-relative path with the user id and one-time code as its query.</summary>
    public static string WithCode(string path, string userId, string code) =>
        QueryHelpers.AddQueryString(path, new Dictionary<string, string?> { ["userId"] = userId, ["code"] = code });

    /// <param name="pathAndQuery">The site-relative address, e.g. from <see cref="WithCode"/>.</param>
    /// <param name="requestOrigin">See <see cref="SiteAddress.OriginOf"/>; used only while the site has no address.</param>
    /// <param name="cancellationToken">Cancels reading the site settings.</param>
    public async Task<string> BuildAsync(string pathAndQuery, string? requestOrigin, CancellationToken cancellationToken)
    {
        var settings = await _site.FindSettingsAsync(cancellationToken);
        var origin = string.IsNullOrWhiteSpace(settings?.BaseUrl) ? requestOrigin : settings.BaseUrl;
        if (string.IsNullOrWhiteSpace(origin))
        {
            throw new InvalidOperationException("Account links need the site's address: set it in the site settings.");
        }

        return origin.TrimEnd('/') + pathAndQuery;
    }
}
