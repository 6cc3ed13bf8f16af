using System.Net;
using System.Text.RegularExpressions;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>Fills the site's forms over HTTP as a browser would: antiforgery token included.</summary>
public static partial class SiteForms
{
    public const string TokenFieldName = "__RequestVerificationToken";

    public const string LoginUrl = "/login";

    /// <summary>Opens the page and returns the value of its antiforgery hidden input.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"GET {url} answered {(int)response.StatusCode}, not a page with a form.");
        }

        return FindToken(html)
            ?? throw new InvalidOperationException($"GET {url} returned a page without a {TokenFieldName} input.");
    }

    /// <summary>Opens the page at <paramref name="url"/> and posts the fields with its antiforgery token.</summary>
    /// <param name="client">A client that keeps cookies, so the token matches its cookie.</param>
    /// <param name="url">The page that shows the form.</param>
    /// <param name="fields">The form fields by their input names.</param>
    /// <param name="postUrl">Where the form posts to, when that is not the page itself.</param>
    public static async Task<HttpResponseMessage> FormAsync(
        HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? postUrl = null)
    {
        var token = await GetAntiforgeryTokenAsync(client, url);
        var values = fields
            .Append(new KeyValuePair<string, string>(TokenFieldName, token))
            .Select(field => new KeyValuePair<string?, string?>(field.Key, field.Value));
        using var content = new FormUrlEncodedContent(values);

        return await client.PostAsync(postUrl ?? url, content);
    }

    /// <summary>
    /// Signs in on the login page. Returns the response of the post; throws with the page's text
    /// when the site did not let the user in.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var response = await FormAsync(client, LoginUrl, [new("Email", email), new("Password", password)]);
        if (LeftTheLoginPage(response))
        {
            return response;
        }

        var page = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        response.Dispose();

        throw new InvalidOperationException(
            $"Signing in as {email} failed: the site answered {status} and stayed on the login page. " +
            $"Page text: {TextOf(page)}");
    }

    private static bool LeftTheLoginPage(HttpResponseMessage response)
    {
        var location = (int)response.StatusCode is >= 300 and < 400
            ? response.Headers.Location
            : response.IsSuccessStatusCode ? response.RequestMessage?.RequestUri : null;

        return location is not null && !PathOf(location).StartsWith(LoginUrl, StringComparison.OrdinalIgnoreCase);
    }

    private static string PathOf(Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    private static string? FindToken(string html)
    {
        var input = TokenInput().Match(html);
        if (!input.Success)
        {
            return null;
        }

        var value = ValueAttribute().Match(input.Value);

        return value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value) : null;
    }

    private static string TextOf(string html)
    {
        var text = WhiteSpace().Replace(Tags().Replace(html, " "), " ").Trim();

        return text.Length <= 600 ? text : text[..600] + " …";
    }

    [GeneratedRegex("<input[^>]*name=\"" + TokenFieldName + "\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>|<[^>]+>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
