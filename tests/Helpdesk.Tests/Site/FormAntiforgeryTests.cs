using System.Text.RegularExpressions;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Site;

/// <summary>
/// Every admin page links to pages that open, has one main heading (the layout writes the page
/// title; a view that writes its own shows it twice), and every form that posts carries its own antiforgery token. A form with a hand-written
/// <c>action</c> gets none unless it asks (<c>asp-antiforgery="true"</c>), and a browser then
/// gets 400; HTTP tests that borrow the layout's token do not notice, so this test reads the forms.
/// </summary>
public sealed partial class FormAntiforgeryTests : IClassFixture<HelpdeskSiteFactory>
{
    private const int MaxPages = 150;

    private readonly HelpdeskSiteFactory _site;

    public FormAntiforgeryTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task EveryAdminLinkOpensWithOneHeadingAndEveryPostingFormCarriesItsToken()
    {
        using var client = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        // Pages with parameters in their address are reached through the links of those without.
        var start = AdminRoutes.GetUrlsWithoutParameters(_site.Services);
        var pages = new Queue<string>(start.Append("/account/password"));
        var seen = new HashSet<string>(pages, StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();

        while (pages.Count > 0 && seen.Count <= MaxPages)
        {
            var url = pages.Dequeue();
            using var response = await client.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                missing.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();

            missing.AddRange(FormsWithoutToken(html).Select(action => $"{url}: form posting to {action}"));
            var isPage = response.Content.Headers.ContentType?.MediaType == "text/html";
            var headings = HeadingPattern().Count(html);
            if (isPage && headings != 1)
            {
                missing.Add($"{url}: {headings} <h1> headings");
            }

            foreach (var link in AdminLinks(html).Where(seen.Add))
            {
                pages.Enqueue(link);
            }
        }

        Assert.True(seen.Count > 20, $"Only {seen.Count} pages were found; the crawl is broken.");
        Assert.Empty(missing);
    }

    private static IEnumerable<string> FormsWithoutToken(string html) =>
        FormPattern().Matches(html)
            .Where(form => PostPattern().IsMatch(form.Groups["attributes"].Value))
            .Where(form => !form.Groups["body"].Value.Contains("__RequestVerificationToken", StringComparison.Ordinal))
            .Select(form => ActionPattern().Match(form.Groups["attributes"].Value).Groups["action"].Value);

    // Only pages reached by a plain link: exports and downloads answer with files, not pages.
    private static IEnumerable<string> AdminLinks(string html) =>
        LinkPattern().Matches(html)
            .Select(link => link.Groups["url"].Value)
            .Where(url => !url.Contains("export", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("""<form\b(?<attributes>[^>]*)>(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<h1[ >]", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("method=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostPattern();

    [GeneratedRegex("""\baction="(?<action>[^"]*)""")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("href=\"(?<url>/admin/[^\"?#]*)\"")]
    private static partial Regex LinkPattern();
}
