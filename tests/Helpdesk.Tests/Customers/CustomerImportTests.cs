using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Helpdesk.Customers.Models;
using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Customers;

public sealed class CustomerImportTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string ImportUrl = "/admin/customers/import";

    private readonly HelpdeskSiteFactory _site;

    public CustomerImportTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task SemicolonFileFromGermanExcelWithUmlautsAndQuotesIsImported()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var organisationId = await _site.CreateOrganisationAsync(admin, "Müller & Söhne GmbH", "mueller-soehne.example");
        var csv = "\uFEFFemail;name;phone;language;organisation\r\n"
            + "jürgen.groß@example.com;\"Groß, Jürgen\";\"+49 (89) 123-45\";de;\"müller & söhne gmbh\"\r\n"
            + "\"zoë@mueller-soehne.example\";\"Zoë \"\"Zo\"\" Bäcker\";;EN;\r\n"
            + "\r\n"
            + "hans@example.com;Hans Straße;;;\r\n";

        using var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("3 customers were imported; 0 organisations were created.", await admin.ReadTextAsync("/admin/customers"), StringComparison.Ordinal);
        var juergen = await _site.FindUserAsync("jürgen.groß@example.com");
        var zoe = await _site.FindUserAsync("zoë@mueller-soehne.example");
        Assert.Equal("Groß, Jürgen", juergen?.DisplayName);
        Assert.Equal("Zoë \"Zo\" Bäcker", zoe?.DisplayName);
        Assert.Equal("en", zoe?.Culture);
        Assert.Null(juergen?.PasswordHash);
        Assert.Equal(organisationId, (await ProfileAsync(juergen!.Id))?.OrganisationId);
        Assert.Equal("+49 (89) 123-45", (await ProfileAsync(juergen.Id))?.Phone);
        Assert.Equal(organisationId, (await ProfileAsync(zoe!.Id))?.OrganisationId);
        Assert.Null((await ProfileAsync((await _site.FindUserAsync("hans@example.com"))!.Id))?.OrganisationId);
    }

    [Fact]
    public async Task AFileWithBadRowsImportsNothingAndListsEveryProblem()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        await _site.CreateUserAsync("taken@example.com");
        var csv = "email,name,phone,language,organisation\n"
            + "good.one@example.com,Good One,,de,\n"
            + "not-an-address,Bad Address,,,\n"
            + "twice@example.com,First,,,\n"
            + "TWICE@example.com,Second,,,\n"
            + "taken@example.com,Taken,,,\n"
            + "nolang@example.com,No Language,,fr,\n"
            + "noorg@example.com,No Organisation,,,Unbekannt AG\n"
            + "noname@example.com,,,,\n";

        using var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was imported.", html, StringComparison.Ordinal);
        Assert.Contains("Row 3: \"not-an-address\" is not a valid e-mail address.", html, StringComparison.Ordinal);
        Assert.Contains("Row 5: The e-mail address TWICE@example.com appears in row 4 already.", html, StringComparison.Ordinal);
        Assert.Contains("Row 6: An account with the e-mail address taken@example.com exists already.", html, StringComparison.Ordinal);
        Assert.Contains("Row 7: The language \"fr\" is unknown; use de, en or leave it empty.", html, StringComparison.Ordinal);
        Assert.Contains("Row 8: There is no organisation \"Unbekannt AG\".", html, StringComparison.Ordinal);
        Assert.Contains("Row 9: The name is missing.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Row 2:", html, StringComparison.Ordinal);
        Assert.Null(await _site.FindUserAsync("good.one@example.com"));
        Assert.Null(await _site.FindUserAsync("twice@example.com"));
    }

    [Fact]
    public async Task MissingOrganisationsAreCreatedOnlyWhenAsked()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var csv = "email,name,organisation\nneu1@example.com,Neu Eins,Neue Firma KG\nneu2@example.com,Neu Zwei,neue firma kg\n";

        using var response = await UploadAsync(admin, Encoding.UTF8.GetBytes(csv), createMissingOrganisations: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisationId = await OrganisationIdAsync("Neue Firma KG");
        Assert.NotNull(organisationId);
        Assert.Equal(organisationId, (await ProfileAsync((await _site.FindUserAsync("neu1@example.com"))!.Id))?.OrganisationId);
        Assert.Equal(organisationId, (await ProfileAsync((await _site.FindUserAsync("neu2@example.com"))!.Id))?.OrganisationId);
    }

    [Fact]
    public async Task PlainCsvFromGermanExcelWithGermanHeadersIsImported()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var csv = "E-Mail;Name;Telefon;Sprache;Firma\r\nmarta.haeussler@example.com;Marta Häußler;0711 123;Deutsch;Süßwaren AG\r\n";

        using var response = await UploadAsync(admin, windows1252.GetBytes(csv), createMissingOrganisations: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var marta = await _site.FindUserAsync("marta.haeussler@example.com");
        Assert.Equal(("Marta Häußler", "de"), (marta?.DisplayName, marta?.Culture));
        Assert.Equal("0711 123", (await ProfileAsync(marta!.Id))?.Phone);
        Assert.NotNull(await OrganisationIdAsync("Süßwaren AG"));
    }

    [Fact]
    public async Task ImportedCustomersAreInvitedWhenAskedAndNotOtherwise()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var invitedCsv = "email;name\r\nines.invited@example.com;Ines Invited\r\nolaf.invited@example.com;Olaf Invited\r\n";
        var quietCsv = "email;name\r\npaul.quiet@example.com;Paul Quiet\r\n";

        using var invited = await UploadAsync(admin, Encoding.UTF8.GetBytes(invitedCsv), sendInvitations: true);
        var list = await admin.ReadTextAsync("/admin/customers");
        using var quiet = await UploadAsync(admin, Encoding.UTF8.GetBytes(quietCsv));

        Assert.Contains("2 customers were imported and invited; 0 organisations were created.", list, StringComparison.Ordinal);
        Assert.NotNull((await _site.FindUserAsync("ines.invited@example.com"))?.InvitationSentUtc);
        Assert.Contains("/account/invitation?", Assert.Single(await _site.MailsToAsync("olaf.invited@example.com")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, quiet.StatusCode);
        Assert.Null((await _site.FindUserAsync("paul.quiet@example.com"))?.InvitationSentUtc);
        Assert.Empty(await _site.MailsToAsync("paul.quiet@example.com"));
    }

    [Fact]
    public async Task FilesThatCannotBeReadAreExplainedInGerman()
    {
        await _site.CreateUserAsync("greta.admin@example.com", BuiltInRoles.Administrator);
        using var admin = await _site.CreateSignedInClientAsync("greta.admin@example.com");
        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));
        byte[] workbook = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];

        using var notText = await UploadAsync(admin, workbook);
        using var wrongHeader = await UploadAsync(admin, Encoding.UTF8.GetBytes("mail;name\nmaria@example.com;Maria\n"));
        using var badQuotes = await UploadAsync(admin, Encoding.UTF8.GetBytes("email,name\nmaria@example.com,\"Maria \"x\" H\"\n"));

        Assert.Contains("Die Datei ist keine CSV-Textdatei.", WebUtility.HtmlDecode(await notText.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var header = WebUtility.HtmlDecode(await wrongHeader.Content.ReadAsStringAsync());
        Assert.Contains("Zeile 1: Die Spalte „mail“ ist unbekannt", header, StringComparison.Ordinal);
        Assert.Contains("Zeile 1: Die Spalte „email“ fehlt", header, StringComparison.Ordinal);
        Assert.Contains("Zeile 2: Die Zeile ist kein gültiges CSV", WebUtility.HtmlDecode(await badQuotes.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await _site.FindUserAsync("maria@example.com"));
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, bool createMissingOrganisations = false, bool sendInvitations = false)
    {
        var token = await _site.GetAntiforgeryTokenAsync(client, ImportUrl);
        using var content = new MultipartFormDataContent();
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(fileContent, "File", "customers.csv");
        content.Add(new StringContent(createMissingOrganisations ? "true" : "false"), "CreateMissingOrganisations");
        content.Add(new StringContent(sendInvitations ? "true" : "false"), "SendInvitations");
        content.Add(new StringContent(token), SiteForms.TokenFieldName);

        return await client.PostAsync(new Uri(ImportUrl, UriKind.Relative), content);
    }

    private async Task<CustomerProfile?> ProfileAsync(string userId)
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>()
            .Set<CustomerProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId);
    }

    private async Task<int?> OrganisationIdAsync(string name)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var normalized = name.ToUpperInvariant();

        return await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>()
            .Set<Organisation>().Where(o => o.NormalizedName == normalized).Select(o => (int?)o.Id).FirstOrDefaultAsync();
    }
}
