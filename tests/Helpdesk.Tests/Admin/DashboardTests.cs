using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Admin;

public sealed class DashboardTests : IClassFixture<AdminTestSite>
{
    private readonly AdminTestSite _site;

    public DashboardTests(AdminTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task DashboardShowsTheSiteTheMenuAndHonestFeatureCounts()
    {
        await _site.SaveSettingsAsync(settings => settings.SiteName = "Muster GmbH");
        using var client = await _site.SignInAsAsync("anna.admin@example.com", BuiltInRoles.Administrator);

        var html = await client.GetPageAsync("/admin");

        Assert.Contains("Welcome to the administration of Muster GmbH.", html, StringComparison.Ordinal);
        Assert.Contains("anna.admin@example.com", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/settings\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
        var catalog = _site.Services.GetRequiredService<ModuleCatalog>();
        var enabled = catalog.Features.Count(f => _site.Services.GetRequiredService<IFeatureGate>().IsEnabled(f.Id));
        Assert.Contains($"{enabled} of {catalog.Features.Count} features are enabled.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffWithoutManageSettingsDoNotSeeTheSettingsLink()
    {
        using var client = await _site.SignInAsAsync("alex.agent@example.com", BuiltInRoles.Agent);

        var html = await client.GetPageAsync("/admin");

        Assert.DoesNotContain("/admin/settings", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Configuration", html, StringComparison.Ordinal);
    }
}
