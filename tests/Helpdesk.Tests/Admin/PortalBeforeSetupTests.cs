using System.Net;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Admin;

/// <summary>
/// A site waiting for its setup page: it has no settings yet, sends every page to /setup, and
/// still renders its error pages in the portal layout with the default branding.
/// </summary>
public sealed class PortalBeforeSetupTests : IClassFixture<SetupPendingSiteFactory>
{
    private readonly SetupPendingSiteFactory _site;

    public PortalBeforeSetupTests(SetupPendingSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task ErrorPageRendersWithDefaultBranding()
    {
        using var client = Visitor();

        var html = await client.GetPageAsync("/error/404", HttpStatusCode.NotFound);

        Assert.Contains("<title>Page not found – Helpdesk</title>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("--bs-primary: #0d6efd;", html, StringComparison.Ordinal);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/site/logo")]
    [InlineData("/no-such-page")]
    public async Task EveryOtherPageSendsTheVisitorToSetup(string url)
    {
        using var client = Visitor();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    private HttpClient Visitor()
    {
        var client = _site.CreateClient(followRedirects: false);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        return client;
    }
}
