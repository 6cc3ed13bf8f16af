using System.Net;

namespace Helpdesk.Tests.Admin;

/// <summary>A site without settings yet: the portal layout must still render, e.g. for error pages.</summary>
public sealed class PortalBeforeSetupTests : IClassFixture<AdminTestSite>
{
    private readonly AdminTestSite _site;

    public PortalBeforeSetupTests(AdminTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task ErrorPageRendersWithDefaultBranding()
    {
        var html = await _site.CreateClientFor(null).GetPageAsync("/no-such-page", HttpStatusCode.NotFound);

        Assert.Contains("<title>Page not found – Helpdesk</title>", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("--bs-primary: #0d6efd;", html, StringComparison.Ordinal);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoLogoIsServedBeforeOneIsUploaded()
    {
        var response = await _site.CreateClientFor(null).GetAsync(new Uri("/site/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
