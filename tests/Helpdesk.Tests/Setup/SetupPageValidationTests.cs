using Helpdesk.Data;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Setup;

public sealed class SetupPageValidationTests : IClassFixture<SetupPendingSiteFactory>
{
    private readonly SetupPendingSiteFactory _site;

    public SetupPageValidationTests(SetupPendingSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task BadValuesAreExplainedBesideTheirFieldsAndEverythingTypedIsKept()
    {
        using var client = _site.CreateClient(followRedirects: false);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var answer = await _site.FormAsync(
            client,
            "/setup",
            Fields(email: "not-an-address", confirmation: "Other-Passw0rd!", baseUrl: "support.example.com"));
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("The site name is required.", page, StringComparison.Ordinal);
        Assert.Contains("Enter a valid e-mail address, e.g. anna@example.com.", page, StringComparison.Ordinal);
        Assert.Contains("The two passwords do not match.", page, StringComparison.Ordinal);
        Assert.Contains("Enter a complete address starting with https:// or http://.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"support.example.com\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Other-Passw0rd!\"", page, StringComparison.Ordinal);
        await AssertStillWaitingForSetupAsync(client);
    }

    [Fact]
    public async Task GermanSetupPageDescribesTheRecipesInGerman()
    {
        using var client = _site.CreateClient(followRedirects: false);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/setup", UriKind.Relative)));

        Assert.Contains("<strong>Leere Website</strong>: Nur, was jede Website braucht", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Only what every site needs", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePostgreSqlIsReportedInGermanAndNothingIsSaved()
    {
        using var client = _site.CreateClient(followRedirects: false);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        var unreachable = "Host=127.0.0.1;Port=1;Database=helpdesk;Username=helpdesk;Password=x;Timeout=3";

        using var answer = await _site.FormAsync(
            client,
            "/setup",
            Fields(siteName: "Muster IT", provider: DatabaseProvider.Postgres, connectionString: unreachable));
        var page = System.Net.WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());

        Assert.Contains("Die Datenbank ist nicht erreichbar", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Muster IT\"", page, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Database.DataPath, "App_Data", "database.json")));
        await AssertStillWaitingForSetupAsync(client);
    }

    private static async Task AssertStillWaitingForSetupAsync(HttpClient client)
    {
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(
        string siteName = "",
        string email = TestSite.AdminEmail,
        string confirmation = TestSite.AdminPassword,
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        string connectionString = "",
        string baseUrl = "") =>
    [
        new("SiteName", siteName),
        new("Language", TestSite.Language),
        new("TimeZone", TestSite.TimeZone),
        new("BaseUrl", baseUrl),
        new("DatabaseProvider", provider.ToString()),
        new("ConnectionString", connectionString),
        new("Recipe", TestSite.Recipe),
        new("AdminEmail", email),
        new("AdminPassword", TestSite.AdminPassword),
        new("PasswordConfirmation", confirmation),
    ];
}
