using Helpdesk.Infrastructure.Settings;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Setup;

public sealed class UnattendedSetupTests
{
    [Fact]
    public async Task UnattendedSetupRunsOnceAndLaterStartsWithOtherKeysChangeNothing()
    {
        using var folder = new TestDirectory();
        await using (var first = new ConfiguredSite(folder.Path, Keys("First Helpdesk", "first@example.com")))
        {
            var firstSettings = await SettingsAsync(first);
            Assert.Equal("First Helpdesk", firstSettings.SiteName);
            Assert.Equal("https://first.example.com", firstSettings.BaseUrl);
        }

        await using var restarted = new ConfiguredSite(folder.Path, Keys("Second Helpdesk", "second@example.com"));

        var settings = await SettingsAsync(restarted);
        Assert.Equal("First Helpdesk", settings.SiteName);
        Assert.NotNull(await FindUserAsync(restarted, "first@example.com"));
        Assert.Null(await FindUserAsync(restarted, "second@example.com"));
    }

    [Fact]
    public async Task BadKeysStopTheStartNamingTheKeysAndLeaveTheSiteNotSetUp()
    {
        using var folder = new TestDirectory();
        var keys = new Dictionary<string, string>(Keys("Bad Helpdesk", "admin@example.com"))
        {
            ["Helpdesk:Setup:TimeZone"] = "Mars/Olympus_Mons",
            ["Helpdesk:Setup:AdminPassword"] = "short",
            ["Helpdesk:Setup:BaseUrl"] = "ftp://files.example.com",
        };

        await using (var bad = new ConfiguredSite(folder.Path, keys))
        {
            var failure = Assert.Throws<InvalidOperationException>(() => bad.Services);

            Assert.Contains("Helpdesk:Setup:TimeZone", failure.Message, StringComparison.Ordinal);
            Assert.Contains("Helpdesk:Setup:AdminPassword", failure.Message, StringComparison.Ordinal);
            Assert.Contains("Helpdesk:Setup:BaseUrl", failure.Message, StringComparison.Ordinal);
        }

        await using var waiting = new ConfiguredSite(folder.Path, new Dictionary<string, string>());
        using var client = waiting.CreateClient(new() { AllowAutoRedirect = false });
        using var answer = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/setup", answer.Headers.Location?.OriginalString);
    }

    private static Dictionary<string, string> Keys(string siteName, string adminEmail) => new()
    {
        ["Helpdesk:Setup:SiteName"] = siteName,
        ["Helpdesk:Setup:BaseUrl"] = "https://" + siteName.Split(' ')[0].ToLowerInvariant() + ".example.com/",
        ["Helpdesk:Setup:AdminEmail"] = adminEmail,
        ["Helpdesk:Setup:AdminPassword"] = TestSite.AdminPassword,
        ["Helpdesk:Setup:Recipe"] = TestSite.Recipe,
        ["Helpdesk:Setup:Language"] = "de",
        ["Helpdesk:Setup:TimeZone"] = TestSite.TimeZone,
    };

    private static async Task<SiteSettings> SettingsAsync(ConfiguredSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSettingsAsync();
    }

    private static async Task<User?> FindUserAsync(ConfiguredSite site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
    }
}
