using System.Net;
using System.Text.RegularExpressions;

namespace Helpdesk.Tests.Admin;

/// <summary>Reads pages and posts forms as a browser does: with the antiforgery token of the page.</summary>
public static partial class FormRequests
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: {(int)response.StatusCode}\n{html}");

        return html;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");

        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string url,
        string token,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));

        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
