using System.Net;
using Helpdesk.Customers.Models;
using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Customers;

public sealed class CustomerPagesTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public CustomerPagesTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task NewCustomerJoinsTheOrganisationOfTheirEmailDomainWithoutPassword()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var organisationId = await _site.CreateOrganisationAsync(admin, "Muster GmbH", "muster.example, MUSTER-gmbh.example");

        var customerId = await _site.CreateCustomerAsync(admin, "anna@muster-gmbh.example", "Anna Muster", phone: "+49 30 1234567");

        var user = await _site.FindUserAsync("anna@muster-gmbh.example");
        Assert.NotNull(user);
        Assert.Equal(customerId, user.Id);
        Assert.Null(user.PasswordHash);
        Assert.False(user.EmailConfirmed);
        Assert.Equal("de", user.Culture);
        Assert.Equal(organisationId, (await ProfileAsync(customerId))?.OrganisationId);
        var organisationPage = await admin.ReadTextAsync($"/admin/organisations/{organisationId}");
        Assert.Contains("Anna Muster", organisationPage, StringComparison.Ordinal);
        Assert.Contains("muster-gmbh.example, muster.example", organisationPage, StringComparison.Ordinal);
        var list = await admin.ReadTextAsync($"/admin/customers?organisationId={organisationId}");
        Assert.Contains("anna@muster-gmbh.example", list, StringComparison.Ordinal);
        Assert.Contains("+49 30 1234567", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPageOffersTheInvitationToTheUsersEndpointWithTheWayBack()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var customerId = await _site.CreateCustomerAsync(admin, "ben@example.com", "Ben Beispiel");

        var page = await admin.ReadTextAsync($"/admin/customers/{customerId}");

        Assert.Contains($"action=\"/admin/users/{customerId}/invitation\"", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"returnUrl\" value=\"/admin/customers/{customerId}\"", page, StringComparison.Ordinal);
        var invitationForm = page[page.IndexOf("id=\"invitation-form\"", StringComparison.Ordinal)..];
        Assert.Contains(SiteForms.TokenFieldName, invitationForm[..invitationForm.IndexOf("</form>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Send invitation", page, StringComparison.Ordinal);
        Assert.Null((await ProfileAsync(customerId))?.OrganisationId);
    }

    [Fact]
    public async Task SearchFindsCustomersByNameEmailOrOrganisationAndPagesThrough()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var organisationId = await _site.CreateOrganisationAsync(admin, "Suchtest AG");
        await _site.CreateCustomerAsync(admin, "joerg.such@suchtest.example", "Jörg Sucher", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _site.CreateCustomerAsync(admin, "other@elsewhere.example", "Otto Anders");
        await admin.ReadTextAsync("/admin/customers");

        var byName = await admin.ReadTextAsync("/admin/customers?search=sucher");
        var byOrganisation = await admin.ReadTextAsync("/admin/customers?search=suchtest%20ag");
        var byEmail = await admin.ReadTextAsync("/admin/customers?search=ELSEWHERE");

        Assert.Contains("Jörg Sucher", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("Otto Anders", byName, StringComparison.Ordinal);
        Assert.Contains("Jörg Sucher", byOrganisation, StringComparison.Ordinal);
        Assert.Contains("Otto Anders", byEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("Jörg Sucher", byEmail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchIgnoresTheCaseOfLettersBeyondAscii()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        await _site.CreateCustomerAsync(admin, "oemer@umlaut.example", "Ömer Özdemir");
        await admin.ReadTextAsync("/admin/customers"); // shows and so clears the "customer created" notice

        var customers = await admin.ReadTextAsync("/admin/customers?search=" + Uri.EscapeDataString("özdemir"));
        var users = await admin.ReadTextAsync("/admin/users?search=" + Uri.EscapeDataString("ömer öz"));

        Assert.Contains("Ömer Özdemir", customers, StringComparison.Ordinal);
        Assert.Contains("oemer@umlaut.example", users, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationWithMembersIsNotDeletedAndTheReasonIsShown()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var organisationId = await _site.CreateOrganisationAsync(admin, "Bleibt GmbH", "bleibt.example");
        await _site.CreateCustomerAsync(admin, "carla@bleibt.example", "Carla Bleibt");
        var editUrl = $"/admin/organisations/{organisationId}";

        using var refused = await _site.FormAsync(admin, editUrl, [], $"{editUrl}/delete");
        var page = await admin.ReadTextAsync(editUrl);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("The organisation cannot be deleted while it has customers.", page, StringComparison.Ordinal);
        Assert.True(await OrganisationExistsAsync(organisationId));
        var list = await admin.ReadTextAsync("/admin/organisations?search=BLEIBT.example");
        Assert.Contains("Bleibt GmbH", list, StringComparison.Ordinal);
        Assert.Contains($"organisationId={organisationId}\">1</a>", list, StringComparison.Ordinal);
        var emptyId = await _site.CreateOrganisationAsync(admin, "Geht GmbH");
        using var deleted = await _site.FormAsync(admin, $"/admin/organisations/{emptyId}", [], $"/admin/organisations/{emptyId}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await OrganisationExistsAsync(emptyId));
    }

    [Fact]
    public async Task BadInputIsExplainedBesideTheFieldsAndKept()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        await _site.CreateOrganisationAsync(admin, "Doppelt GmbH", "doppelt.example");

        using var organisation = await _site.FormAsync(admin, "/admin/organisations/new",
            [new("Name", "doppelt gmbh"), new("Domains", "doppelt.example, kein domain")]);
        using var customer = await _site.PostCustomerAsync(admin, "not-an-address", "", phone: "call me");
        var organisationHtml = WebUtility.HtmlDecode(await organisation.Content.ReadAsStringAsync());
        var customerHtml = WebUtility.HtmlDecode(await customer.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, organisation.StatusCode);
        Assert.Contains("There is an organisation with this name already.", organisationHtml, StringComparison.Ordinal);
        Assert.Contains("The domain doppelt.example belongs to the organisation Doppelt GmbH already.", organisationHtml, StringComparison.Ordinal);
        Assert.Contains("\"kein\" is not an e-mail domain such as muster.example.", organisationHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"doppelt gmbh\"", organisationHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, customer.StatusCode);
        Assert.Contains("The name is required.", customerHtml, StringComparison.Ordinal);
        Assert.Contains("Enter a valid e-mail address, e.g. anna@example.com.", customerHtml, StringComparison.Ordinal);
        Assert.Contains("Enter a phone number with digits, spaces and + ( ) / - . only.", customerHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", customerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentManagesCustomersAndOrganisations()
    {
        await _site.CreateUserAsync("agnes.agent@example.com", BuiltInRoles.Agent);
        using var agent = await _site.CreateSignedInClientAsync("agnes.agent@example.com");

        var organisationId = await _site.CreateOrganisationAsync(agent, "Agentur KG", "agentur.example");
        var customerId = await _site.CreateCustomerAsync(agent, "dora@agentur.example", "Dora Agentur");
        using var edited = await _site.FormAsync(agent, $"/admin/customers/{customerId}",
        [
            new("Name", "Dora Agentur-Neu"),
            new("Email", "dora@agentur.example"),
            new("Phone", "030 555"),
            new("Language", "en"),
            new("OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("SeeOrganisationTickets", "false"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var profile = await ProfileAsync(customerId);
        Assert.Equal("030 555", profile?.Phone);
        Assert.False(profile?.SeeOrganisationTickets);
        Assert.Equal("Dora Agentur-Neu", (await _site.FindUserAsync("dora@agentur.example"))?.DisplayName);
        Assert.Contains("Dora Agentur-Neu", await agent.ReadTextAsync("/admin/customers"), StringComparison.Ordinal);
        Assert.Contains("Customers", await agent.ReadTextAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingOverAColleaguesChangeIsRefusedOnceKeepingTheEntries()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var customerId = await _site.CreateCustomerAsync(admin, "kai@veraltet.example", "Kai Veraltet");
        var page = $"/admin/customers/{customerId}";
        var stampWhenOpened = StaleEdits.Stamp(await admin.ReadTextAsync(page));
        using (await _site.FormAsync(admin, page, CustomerFields("030 111", stampWhenOpened)))
        {
        }

        using var stale = await _site.FormAsync(admin, page, CustomerFields("040 222", stampWhenOpened));
        var stalePage = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        using var again = await _site.FormAsync(admin, page, CustomerFields("040 222", StaleEdits.Stamp(stalePage)));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this customer in the meantime.", stalePage, StringComparison.Ordinal);
        Assert.Contains("value=\"040 222\"", stalePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("040 222", (await ProfileAsync(customerId))?.Phone);
    }

    [Fact]
    public async Task AgentDeletesACustomerButNotSomeoneWhoIsStaffToo()
    {
        await _site.CreateUserAsync("fritz.agent@example.com", BuiltInRoles.Agent);
        var both = await _site.CreateUserAsync("greta.both@example.com", BuiltInRoles.Customer, BuiltInRoles.Agent);
        using var agent = await _site.CreateSignedInClientAsync("fritz.agent@example.com");
        var customerId = await _site.CreateCustomerAsync(agent, "hanna@loeschen.example", "Hanna Löschen");
        var withoutProfile = await _site.CreateUserAsync("ida.ohneprofil@example.com", BuiltInRoles.Customer);

        using var deleted = await _site.FormAsync(agent, $"/admin/customers/{customerId}", [], $"/admin/customers/{customerId}/delete");
        var list = await agent.ReadTextAsync("/admin/customers");
        using var deletedWithoutProfile = await _site.FormAsync(
            agent, $"/admin/customers/{withoutProfile.Id}", [], $"/admin/customers/{withoutProfile.Id}/delete");
        using var refused = await _site.FormAsync(agent, $"/admin/customers/{both.Id}", [], $"/admin/customers/{both.Id}/delete");
        var refusedPage = await agent.ReadTextAsync($"/admin/customers/{both.Id}");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("The customer Hanna Löschen was deleted.", list, StringComparison.Ordinal);
        Assert.Null(await _site.FindUserAsync("hanna@loeschen.example"));
        Assert.Null(await ProfileAsync(customerId));
        Assert.Equal(HttpStatusCode.Redirect, deletedWithoutProfile.StatusCode);
        Assert.Null(await _site.FindUserAsync("ida.ohneprofil@example.com"));
        Assert.Contains("greta.both@example.com is staff as well", refusedPage, StringComparison.Ordinal);
        Assert.NotNull(await _site.FindUserAsync("greta.both@example.com"));
    }

    [Fact]
    public async Task CustomerIsRefusedOnTheCustomerAndOrganisationPages()
    {
        await _site.CreateUserAsync("erik.customer@example.com", BuiltInRoles.Customer);
        using var customer = await _site.CreateSignedInClientAsync("erik.customer@example.com");

        using var list = await customer.GetAsync(new Uri("/admin/customers", UriKind.Relative));
        using var organisations = await customer.GetAsync(new Uri("/admin/organisations", UriKind.Relative));
        using var import = await customer.GetAsync(new Uri("/admin/customers/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, organisations.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
    }

    private static KeyValuePair<string, string>[] CustomerFields(string phone, string stamp) =>
    [
        new("Name", "Kai Veraltet"),
        new("Email", "kai@veraltet.example"),
        new("Phone", phone),
        new("Language", "de"),
        new("OrganisationId", ""),
        new("SeeOrganisationTickets", ""),
        new("ConcurrencyStamp", stamp),
    ];

    private async Task<CustomerProfile?> ProfileAsync(string userId)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Set<CustomerProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId);
    }

    private async Task<bool> OrganisationExistsAsync(int id)
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>().Set<Organisation>().AnyAsync(o => o.Id == id);
    }
}
