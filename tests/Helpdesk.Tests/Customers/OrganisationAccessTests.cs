using Helpdesk.Customers.Services;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Customers;

/// <summary>Who sees an organisation's tickets: the customer's own setting first, else the organisation's.</summary>
public sealed class OrganisationAccessTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public OrganisationAccessTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task CustomersSeeTheOrganisationsTicketsAsTheirOwnSettingOrElseTheOrganisationSays()
    {
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var open = await _site.CreateOrganisationAsync(admin, "Offen GmbH", "offen.example", membersSeeTickets: true);
        var closed = await _site.CreateOrganisationAsync(admin, "Geschlossen GmbH", "geschlossen.example");
        var inherits = await _site.CreateCustomerAsync(admin, "erbt@offen.example", "Erbt Offen");
        var refuses = await CreateWithOwnSettingAsync(admin, "nein@offen.example", open, seeTickets: false);
        var allowed = await CreateWithOwnSettingAsync(admin, "ja@geschlossen.example", closed, seeTickets: true);
        var closedMember = await _site.CreateCustomerAsync(admin, "zu@geschlossen.example", "Zu Geschlossen");
        var loner = await _site.CreateCustomerAsync(admin, "allein@example.com", "Allein");

        await using var scope = _site.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<IOrganisationAccess>();

        Assert.True(await access.CanSeeOrganisationTicketsAsync(inherits));
        Assert.False(await access.CanSeeOrganisationTicketsAsync(refuses));
        Assert.True(await access.CanSeeOrganisationTicketsAsync(allowed));
        Assert.False(await access.CanSeeOrganisationTicketsAsync(closedMember));
        Assert.False(await access.CanSeeOrganisationTicketsAsync(loner));
        var members = await access.GetOrganisationMemberIdsAsync(inherits);
        Assert.Equal(new[] { inherits, refuses }.Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));
        Assert.Equal(open, await access.GetOrganisationIdAsync(refuses));
        Assert.Empty(await access.GetOrganisationMemberIdsAsync(loner));
        Assert.Null(await access.GetOrganisationIdAsync(loner));
    }

    [Fact]
    public async Task OrganisationsStepCreatesThenUpdatesByNameWithItsCustomers()
    {
        await ExecuteAsync("""
            { "steps": [ { "name": "organisations", "organisations": [
              { "name": "Rezept AG", "domains": ["rezept.example"], "notes": "Großkunde", "membersSeeOrganisationTickets": true,
                "customers": [ { "email": "fritz@rezept.example", "name": "Fritz Rezept", "phone": "+49 40 999", "language": "de" } ] } ] } ] }
            """);
        await ExecuteAsync("""
            { "steps": [ { "name": "organisations", "organisations": [
              { "name": "REZEPT AG", "domains": ["rezept.example", "rezept.de"],
                "customers": [ { "email": "fritz@rezept.example", "name": "Fritz Neu" },
                               { "email": "greta@rezept.example", "name": "Greta Rezept", "language": "en" } ] } ] } ] }
            """);

        await using var scope = _site.Services.CreateAsyncScope();
        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationService>().FindByNameAsync("rezept ag", default);
        Assert.NotNull(organisation);
        Assert.Equal("REZEPT AG", organisation.Name);
        Assert.Equal("Großkunde", organisation.Notes);
        Assert.True(organisation.MembersSeeOrganisationTickets);
        Assert.Equal(["rezept.de", "rezept.example"], organisation.Domains.Select(d => d.Domain).Order());
        var fritz = await _site.FindUserAsync("fritz@rezept.example");
        Assert.Equal("Fritz Neu", fritz?.DisplayName);
        Assert.Equal("de", fritz?.Culture);
        var access = scope.ServiceProvider.GetRequiredService<IOrganisationAccess>();
        Assert.Equal(2, (await access.GetOrganisationMemberIdsAsync(fritz!.Id)).Count);
        Assert.True(await access.CanSeeOrganisationTicketsAsync(fritz.Id));
    }

    [Fact]
    public async Task InvalidOrganisationsStepChangesNothingAndNamesEveryProblem()
    {
        await _site.CreateUserAsync("staff.member@example.com", "Agent");

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync("""
            { "steps": [ { "name": "organisations", "organisations": [
              { "name": "Gut GmbH", "domains": ["gut.example"], "customers": [ { "email": "ok@gut.example", "name": "Okay" } ] },
              { "name": "gut gmbh" },
              { "name": "Schlecht GmbH", "domains": ["kein domain", "gut.example"],
                "customers": [ { "email": "kaputt", "name": "Kaputt" }, { "email": "staff.member@example.com", "name": "Staff" },
                               { "email": "x@schlecht.example", "name": "X", "language": "fr" } ] } ] } ] }
            """));

        var message = string.Join("\n", error.Errors);
        Assert.Contains("Organisation 'gut gmbh' is listed more than once.", message, StringComparison.Ordinal);
        Assert.Contains("'kein domain' is not an e-mail domain", message, StringComparison.Ordinal);
        Assert.Contains("the domain 'gut.example' is given to 'Gut GmbH' too.", message, StringComparison.Ordinal);
        Assert.Contains("customer 'kaputt': a valid e-mail address is required.", message, StringComparison.Ordinal);
        Assert.Contains("customer 'staff.member@example.com': the address belongs to a user who is not a customer.", message, StringComparison.Ordinal);
        Assert.Contains("customer 'x@schlecht.example': the language must be 'de', 'en' or empty.", message, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<OrganisationService>().FindByNameAsync("Gut GmbH", default));
        Assert.Null(await _site.FindUserAsync("ok@gut.example"));
    }

    private async Task<string> CreateWithOwnSettingAsync(HttpClient admin, string email, int organisationId, bool seeTickets)
    {
        var id = await _site.CreateCustomerAsync(admin, email, email, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var saved = await _site.FormAsync(admin, $"/admin/customers/{id}",
        [
            new("Name", email),
            new("Email", email),
            new("Language", "de"),
            new("OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("SeeOrganisationTickets", seeTickets ? "true" : "false"),
        ]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        return id;
    }

    private async Task ExecuteAsync(string json)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync("organisations.recipe.json", json);
    }
}
