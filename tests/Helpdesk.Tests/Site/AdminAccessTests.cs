using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Helpdesk.Tests.Site;

/// <summary>
/// Who may open which admin page, for every GET route the site maps to an <c>[Admin]</c> action
/// (read from its endpoints, so new admin pages are checked without being listed here).
/// </summary>
public sealed class AdminAccessTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public AdminAccessTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task EveryAdminPageSendsAVisitorToTheLoginPageWithTheWayBack()
    {
        var urls = AdminRoutes.GetUrls(_site.Services);
        using var client = _site.CreateClient(followRedirects: false);
        var wrong = new List<string>();

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            if (!SendsToLogin(response, url))
            {
                wrong.Add($"{url}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Superset(
            new HashSet<string> { "/admin", "/admin/features", "/admin/recipes", "/admin/settings", "/admin/users", "/admin/roles" },
            urls.ToHashSet());
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task CustomerIsRefusedOnEveryAdminPage()
    {
        await _site.CreateUserAsync("chris.customer@example.com", BuiltInRoles.Customer);
        using var client = await _site.CreateSignedInClientAsync("chris.customer@example.com");

        var wrong = await UnexpectedAnswersAsync(
            client,
            AdminRoutes.GetUrls(_site.Services).ToDictionary(url => url, _ => HttpStatusCode.Forbidden));

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task AgentOpensTheDashboardButNotTheFeaturesRecipesSettingsUsersOrRoles()
    {
        await _site.CreateUserAsync("alex.agent@example.com", BuiltInRoles.Agent);
        using var client = await _site.CreateSignedInClientAsync("alex.agent@example.com");

        var wrong = await UnexpectedAnswersAsync(client, new Dictionary<string, HttpStatusCode>
        {
            ["/admin"] = HttpStatusCode.OK,
            ["/admin/features"] = HttpStatusCode.Forbidden,
            ["/admin/recipes"] = HttpStatusCode.Forbidden,
            ["/admin/settings"] = HttpStatusCode.Forbidden,
            ["/admin/users"] = HttpStatusCode.Forbidden,
            ["/admin/roles"] = HttpStatusCode.Forbidden,
        });

        Assert.Empty(wrong);
    }

    private static bool SendsToLogin(HttpResponseMessage response, string url)
    {
        var location = response.Headers.Location;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null)
        {
            return false;
        }

        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
        var returnUrl = QueryHelpers.ParseQuery(absolute.Query).GetValueOrDefault("ReturnUrl").ToString();

        return absolute.AbsolutePath == SiteForms.LoginUrl && returnUrl == url;
    }

    private static async Task<List<string>> UnexpectedAnswersAsync(
        HttpClient client,
        IReadOnlyDictionary<string, HttpStatusCode> expected)
    {
        var wrong = new List<string>();
        foreach (var (url, status) in expected)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != status)
            {
                wrong.Add($"{url}: expected {(int)status}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        return wrong;
    }
}
