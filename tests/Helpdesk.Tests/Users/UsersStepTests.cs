using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class UsersStepTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public UsersStepTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task StepCreatesUsersWithRolesOfAnEarlierStepAndAPasswordThatSignsIn()
    {
        await ExecuteAsync("""
            { "steps": [
              { "name": "roles", "roles": [ { "name": "Dispatchers", "permissions": ["AccessAdminPanel"] } ] },
              { "name": "users", "users": [
                { "email": "dora.dispatch@example.com", "displayName": "Dora Dispatch", "culture": "de",
                  "roles": ["Dispatchers", "agent"], "password": "Dispatch-Passw0rd" },
                { "email": "ivan.invited@example.com", "roles": ["Customer"] } ] } ] }
            """);

        var dora = await _site.FindUserAsync("dora.dispatch@example.com");
        var ivan = await _site.FindUserAsync("ivan.invited@example.com");
        using var signedIn = await _site.CreateSignedInClientAsync("dora.dispatch@example.com", "Dispatch-Passw0rd");
        using var dashboard = await signedIn.GetAsync("/admin");

        Assert.Equal(("Dora Dispatch", "de"), (dora?.DisplayName, dora?.Culture));
        Assert.Equal([BuiltInRoles.Agent, "Dispatchers"], (await _site.RolesOfAsync("dora.dispatch@example.com")).Order());
        Assert.Equal(System.Net.HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("ivan.invited@example.com", ivan?.DisplayName);
        Assert.Null(ivan?.PasswordHash);
        Assert.False(ivan?.EmailConfirmed);
    }

    [Fact]
    public async Task StepUpdatesAnExistingUserFoundByAddress()
    {
        await _site.CreateUserAsync("uma.update@example.com", BuiltInRoles.Customer);

        await ExecuteAsync("""
            { "steps": [ { "name": "users", "users": [
              { "email": "UMA.Update@example.com", "displayName": "Uma Update", "roles": ["Agent"] } ] } ] }
            """);

        var uma = await _site.FindUserAsync("uma.update@example.com");
        Assert.Equal("Uma Update", uma?.DisplayName);
        Assert.Equal([BuiltInRoles.Agent], await _site.RolesOfAsync("uma.update@example.com"));
        using var stillSignsIn = await _site.CreateSignedInClientAsync("uma.update@example.com");
    }

    [Fact]
    public async Task InvalidEntriesAreNamedAndNothingIsSaved()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync("""
            { "steps": [ { "name": "users", "users": [
              { "email": "valerie.valid@example.com", "roles": ["Agent"] },
              { "email": "not-an-address" },
              { "email": "rita.role@example.com", "roles": ["Astronaut", "Authenticated"] },
              { "email": "wanda.weak@example.com", "password": "short" },
              { "email": "ingo.invite@example.com", "invite": true },
              { "email": "admin@example.com", "roles": ["Agent"] } ] } ] }
            """));

        var errors = string.Join("\n", error.Errors);
        Assert.Contains("User 2: 'not-an-address' is not a valid e-mail address.", errors, StringComparison.Ordinal);
        Assert.Contains("User 'rita.role@example.com': the role 'Astronaut' does not exist.", errors, StringComparison.Ordinal);
        Assert.Contains("User 'rita.role@example.com': the role 'Authenticated' applies to everybody", errors, StringComparison.Ordinal);
        Assert.Contains("User 'wanda.weak@example.com': The password must have at least 8 characters.", errors, StringComparison.Ordinal);
        Assert.Contains("User 'ingo.invite@example.com': recipes send no invitations", errors, StringComparison.Ordinal);
        Assert.Contains("User 'admin@example.com': this is the last administrator", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("valerie", errors, StringComparison.Ordinal);
        Assert.Null(await _site.FindUserAsync("valerie.valid@example.com"));
        Assert.Equal([BuiltInRoles.Administrator], await _site.RolesOfAsync(TestSite.AdminEmail));
    }

    private async Task ExecuteAsync(string json)
    {
        await using var scope = _site.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync("users-test.recipe.json", json);
    }
}
