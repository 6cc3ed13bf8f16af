using System.Net;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;

namespace Helpdesk.Tests.Site;

/// <summary>The site set up unattended from configuration lets its administrator in.</summary>
public sealed class SignInTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public SignInTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task VisitorIsSentToTheLoginPageForTheAdmin()
    {
        using var client = _site.CreateClient(followRedirects: false);

        using var response = await client.GetAsync("/admin/features");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(SiteForms.LoginUrl, response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorSignsInAfterUnattendedSetupAndSeesTheDashboard()
    {
        using var client = _site.CreateClient(followRedirects: false);
        using var sentToLogin = await client.GetAsync("/admin");
        var loginUrl = sentToLogin.Headers.Location?.PathAndQueryOrOriginal() ?? "";

        using var signedIn = await _site.FormAsync(
            client,
            loginUrl,
            [new("Email", TestSite.AdminEmail), new("Password", TestSite.AdminPassword), new("ReturnUrl", "/admin")]);
        using var dashboard = await client.GetAsync(signedIn.Headers.Location);
        var page = await dashboard.Content.ReadAsStringAsync();

        Assert.Equal("/login?ReturnUrl=%2Fadmin", loginUrl);
        Assert.Equal("/admin", signedIn.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains($"Welcome to the administration of {TestSite.SiteName}.", page, StringComparison.Ordinal);
        Assert.Contains(TestSite.AdminEmail, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorSignsInAndSeesEveryFeatureOnTheFeaturesPage()
    {
        using var client = _site.CreateClient(followRedirects: false);

        using var signedIn = await _site.SignInAsync(client, TestSite.AdminEmail, TestSite.AdminPassword);
        using var response = await client.GetAsync("/admin/features");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-feature-id=\"{SampleFeatures.Notes}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-feature-id=\"{SampleFeatures.Pinned}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordKeepsTheVisitorOnTheLoginPage()
    {
        using var client = _site.CreateClient(followRedirects: false);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _site.SignInAsync(client, TestSite.AdminEmail, TestSite.AdminPassword + "x"));

        using var response = await client.GetAsync("/admin/features");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
