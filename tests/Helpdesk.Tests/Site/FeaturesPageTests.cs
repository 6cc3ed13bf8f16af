using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Site;

/// <summary>The administrator switches a feature on the Features page; its page, menu item and permission follow.</summary>
public sealed class FeaturesPageTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string FeaturesUrl = "/admin/features";
    private const string SamplePageUrl = "/sample-notes";
    private const string SampleMenuLink = "href=\"/sample-notes\"";

    private readonly HelpdeskSiteFactory _site;

    public FeaturesPageTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task DisabledSampleFeatureLosesItsPageMenuItemAndPermissionAndGetsThemBackWhenEnabled()
    {
        using var client = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        await SwitchAsync(client, "enable", "Sample notes was enabled.");
        await AssertSampleFeatureIsThereAsync(client);

        await SwitchAsync(client, "disable", "Sample notes was disabled.");

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, SamplePageUrl));
        Assert.DoesNotContain(SampleMenuLink, await AdminMenuAsync(client), StringComparison.Ordinal);
        Assert.Null(await FindPermissionAsync(Permissions.ManageSampleNotes.Name));

        await SwitchAsync(client, "enable", "Sample notes was enabled.");

        await AssertSampleFeatureIsThereAsync(client);
    }

    private async Task AssertSampleFeatureIsThereAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, SamplePageUrl));
        Assert.Contains(SampleMenuLink, await AdminMenuAsync(client), StringComparison.Ordinal);
        Assert.NotNull(await FindPermissionAsync(Permissions.ManageSampleNotes.Name));
    }

    /// <summary>Presses the feature's button on the Features page and checks the confirmation.</summary>
    private async Task SwitchAsync(HttpClient client, string action, string confirmation)
    {
        using var response = await _site.FormAsync(
            client,
            FeaturesUrl,
            [new("id", SampleFeatures.Notes)],
            postUrl: $"{FeaturesUrl}/{action}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(FeaturesUrl, response.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Contains(confirmation, WebUtility.HtmlDecode(await client.GetStringAsync(FeaturesUrl)), StringComparison.Ordinal);
    }

    private async Task<Permission?> FindPermissionAsync(string name)
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return scope.ServiceProvider.GetRequiredService<IPermissionService>().Find(name);
    }

    /// <summary>The admin sidebar of the dashboard; the page's section cards repeat its links.</summary>
    private static async Task<string> AdminMenuAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/admin");
        var start = page.IndexOf("id=\"admin-sidebar\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The dashboard has no admin sidebar.");

        return page[start..page.IndexOf("</nav>", start, StringComparison.Ordinal)];
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);

        return response.StatusCode;
    }
}
