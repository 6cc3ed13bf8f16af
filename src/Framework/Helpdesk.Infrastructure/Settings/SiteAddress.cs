using Microsoft.AspNetCore.Http;

namespace Helpdesk.Infrastructure.Settings;

/// <summary>
/// The public address of the site (<see cref="SiteSettings.BaseUrl"/>), e.g.
/// <c>https://support.example.com</c>: an absolute http or https address without user name.
/// </summary>
public static class SiteAddress
{
    public const int MaxLength = 500;

    public static bool IsValid(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>The address a request came to: <c>https://host:port</c> and the path base.</summary>
    public static string OriginOf(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>The address as stored: trimmed and without a trailing slash; null when empty.</summary>
    public static string? Normalize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().TrimEnd('/');
}
