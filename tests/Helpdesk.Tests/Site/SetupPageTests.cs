using Helpdesk.Data;
using Helpdesk.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Site;

public sealed class SetupPageTests : IClassFixture<SetupPendingSiteFactory>
{
    private readonly SetupPendingSiteFactory _site;

    public SetupPageTests(SetupPendingSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task AdministratorSetsUpTheSiteOnTheSetupPageAndSignsIn()
    {
        using var client = _site.CreateClient(followRedirects: false);
        var form = await client.GetStringAsync(new Uri("/setup", UriKind.Relative));

        using var setUp = await _site.FormAsync(client, "/setup", SetupFields());

        Assert.True(
            (int)setUp.StatusCode is >= 300 and < 400,
            $"Setup answered {(int)setUp.StatusCode} instead of sending the browser on: {await setUp.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("/setup", setUp.Headers.Location?.PathAndQueryOrOriginal() ?? "", StringComparison.Ordinal);
        using var signedIn = await _site.SignInAsync(client, TestSite.AdminEmail, TestSite.AdminPassword);
        Assert.Contains("value=\"http://localhost\"", form, StringComparison.Ordinal);
        Assert.Equal("https://support.muster.example", (await SiteSettingsAsync()).BaseUrl);
    }

    private async Task<SiteSettings> SiteSettingsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSettingsAsync();
    }

    private static IEnumerable<KeyValuePair<string, string>> SetupFields() =>
    [
        new("SiteName", TestSite.SiteName),
        new("Language", TestSite.Language),
        new("TimeZone", TestSite.TimeZone),
        new("BaseUrl", " https://support.muster.example/ "),
        new("DatabaseProvider", nameof(DatabaseProvider.Sqlite)),
        new("ConnectionString", ""),
        new("Recipe", TestSite.Recipe),
        new("AdminEmail", TestSite.AdminEmail),
        new("AdminPassword", TestSite.AdminPassword),
        new("PasswordConfirmation", TestSite.AdminPassword),
    ];
}
