using System.Net;
using System.Net.Http.Headers;
using Helpdesk.Admin.Services;
using Helpdesk.Modularity.Security;

namespace Helpdesk.Tests.Admin;

public sealed class SiteSettingsPageTests : IClassFixture<AdminTestSite>
{
    private const string Admin = "anna.admin@example.com";
    private const string SettingsUrl = "/admin/settings";

    private readonly AdminTestSite _site;

    public SiteSettingsPageTests(AdminTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task SavedSettingsAreConfirmedAndShapeThePortal()
    {
        await _site.SaveSettingsAsync(settings => settings.LogoFileName = null);
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(token, await VersionAsync(), logo: TestImages.Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("The settings were saved.", await client.GetPageAsync(SettingsUrl), StringComparison.Ordinal);
        using var visitor = _site.CreateVisitor();
        var portal = await visitor.GetPageAsync("/");
        Assert.Contains("NetStream Helpdesk-Online", portal, StringComparison.Ordinal);
        Assert.Contains("--bs-primary: #c21f3a;", portal, StringComparison.Ordinal);
        Assert.Contains("089-2196677-20", portal, StringComparison.Ordinal);
        using var logo = await visitor.GetAsync(new Uri("/site/logo", UriKind.Relative));
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png, await logo.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task BadInputIsExplainedBesideEachFieldAndKeptInTheForm()
    {
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(
                token,
                await VersionAsync(),
                siteName: "",
                phone: "call me maybe",
                baseUrl: "ftp://files.example.com",
                timeZone: "Mars/Olympus_Mons"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The site name is required.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a phone number with digits, spaces and &#x2B; ( ) / - . only.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a complete address starting with https:// or http://.", html, StringComparison.Ordinal);
        Assert.Contains("Choose a time zone from the list.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"call me maybe\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ftp://files.example.com\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationMessagesSpeakGermanToGermanUsers()
    {
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(token, await VersionAsync(), siteName: ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Bitte geben Sie den Namen der Website ein.", html, StringComparison.Ordinal);
        Assert.Contains("Einstellungen", html, StringComparison.Ordinal);
        Assert.Contains("Abmelden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SvgRenamedToPngIsRefusedAndNothingIsStored()
    {
        await _site.SaveSettingsAsync(settings => settings.LogoFileName = null);
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));
        var filesBefore = LogoFiles();

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(token, await VersionAsync(), logo: TestImages.Svg));

        Assert.Contains("The logo must be a PNG, JPEG, GIF or WebP image.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await _site.FindSettingsAsync())?.LogoFileName);
        Assert.Equal(filesBefore, LogoFiles());
    }

    [Fact]
    public async Task LogoOverOneMegabyteIsRefused()
    {
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));
        var large = new byte[LogoFormat.MaxLength + 1];
        TestImages.Png.CopyTo(large, 0);

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(token, await VersionAsync(), logo: large));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The logo can be at most 1 MB.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedLogoIsDeletedAndNoLongerServed()
    {
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));
        await client.PostAsync(new Uri(SettingsUrl, UriKind.Relative), SettingsForm(token, await VersionAsync(), logo: TestImages.Jpeg));
        var stored = (await _site.FindSettingsAsync())!.LogoFileName!;

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(token, await VersionAsync(), removeLogo: true));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await _site.FindSettingsAsync())!.LogoFileName);
        Assert.False(File.Exists(Path.Combine(_site.LogoFolder, stored)));
        using var visitor = _site.CreateVisitor();
        using var logo = await visitor.GetAsync(new Uri("/site/logo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, logo.StatusCode);
    }

    [Fact]
    public async Task FormLoadedBeforeSomeoneElseSavedAsksToReload()
    {
        using var client = await _site.SignInAsAsync(Admin, BuiltInRoles.Administrator);
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));
        var loadedVersion = await VersionAsync();
        await _site.SaveSettingsAsync(settings => settings.SupportPhone = "0800 111");

        var response = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            SettingsForm(token, loadedVersion, siteName: "Lost update"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed the settings while you were editing them. Please reload the page", html, StringComparison.Ordinal);
        Assert.NotEqual("Lost update", (await _site.FindSettingsAsync())!.SiteName);
    }

    [Fact]
    public async Task StaffWithoutManageSettingsAreRefused()
    {
        using var client = await _site.SignInAsAsync("alex.agent@example.com", BuiltInRoles.Agent);

        var response = await client.GetAsync(new Uri(SettingsUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> VersionAsync() => (await _site.FindSettingsAsync())?.Version ?? 0;

    private string[] LogoFiles() =>
        Directory.Exists(_site.LogoFolder) ? Directory.GetFiles(_site.LogoFolder).Order(StringComparer.Ordinal).ToArray() : [];

    private static MultipartFormDataContent SettingsForm(
        string token,
        int version,
        string siteName = "NetStream Helpdesk-Online",
        string phone = "089-2196677-20",
        string baseUrl = "https://portal.netstream.example/helpdesk",
        string timeZone = "Europe/Berlin",
        byte[]? logo = null,
        bool removeLogo = false)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
            { new StringContent(siteName), "SiteName" },
            { new StringContent(phone), "SupportPhone" },
            { new StringContent("support@netstream.example"), "SupportEmail" },
            { new StringContent("de"), "DefaultLanguage" },
            { new StringContent(timeZone), "TimeZoneId" },
            { new StringContent(baseUrl), "BaseUrl" },
            { new StringContent("#c21f3a"), "PrimaryColor" },
            { new StringContent(removeLogo ? "true" : "false"), "RemoveLogo" },
        };
        if (logo is not null)
        {
            form.Add(new ByteArrayContent(logo), "Logo", "logo.png");
        }

        return form;
    }
}
