using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Site;

public sealed class UserLanguageTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string Email = "clara.customer@example.com";

    private readonly HelpdeskSiteFactory _site;

    public UserLanguageTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task LanguagePickedWhileSignedInIsStoredOnTheUserAndFollowsThemToAnotherBrowser()
    {
        await _site.CreateUserAsync(Email, BuiltInRoles.Customer);
        using var first = await _site.CreateSignedInClientAsync(Email);
        Assert.Contains("<html lang=\"en\">", await first.GetStringAsync("/"), StringComparison.Ordinal);

        using var picked = await _site.FormAsync(first, "/", [new("culture", "de"), new("returnUrl", "/")], postUrl: "/culture");

        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.Equal("de", (await _site.FindUserAsync(Email))?.Culture);
        using var second = await _site.CreateSignedInClientAsync(Email);
        second.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await second.GetStringAsync("/");
        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Willkommen bei", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserWhoNeverPickedALanguageReadsTheSiteInTheirBrowsersLanguage()
    {
        await _site.CreateUserAsync("dieter.customer@example.com", BuiltInRoles.Customer);
        using var client = await _site.CreateSignedInClientAsync("dieter.customer@example.com");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var page = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
    }
}
