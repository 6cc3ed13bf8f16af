using Helpdesk.Data;
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

        using var setUp = await _site.FormAsync(client, "/setup", SetupFields());

        Assert.True(
            (int)setUp.StatusCode is >= 300 and < 400,
            $"Setup answered {(int)setUp.StatusCode} instead of sending the browser on: {await setUp.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("/setup", setUp.Headers.Location?.PathAndQueryOrOriginal() ?? "", StringComparison.Ordinal);
        using var signedIn = await _site.SignInAsync(client, TestSite.AdminEmail, TestSite.AdminPassword);
    }

    private static IEnumerable<KeyValuePair<string, string>> SetupFields() =>
    [
        new("SiteName", TestSite.SiteName),
        new("Language", TestSite.Language),
        new("TimeZone", TestSite.TimeZone),
        new("DatabaseProvider", nameof(DatabaseProvider.Sqlite)),
        new("ConnectionString", ""),
        new("Recipe", TestSite.Recipe),
        new("AdminEmail", TestSite.AdminEmail),
        new("AdminPassword", TestSite.AdminPassword),
        new("PasswordConfirmation", TestSite.AdminPassword),
    ];
}
