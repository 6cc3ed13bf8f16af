using System.Text.Json;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Security;
using Helpdesk.Users;
using Helpdesk.Users.Models;
using Helpdesk.Users.Recipes;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class RolesStepTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await UsersTestSite.CreateAsync();
        await _site.EnableAsync(UsersFeature.Id);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ValidationNamesTheRoleAndThePermissionNoModuleDeclares()
    {
        var errors = await ValidateAsync("""
            { "name": "roles", "roles": [ { "name": "Agent", "permissions": ["ManageUsers", "LaunchRockets"] } ] }
            """);

        var error = Assert.Single(errors);
        Assert.Contains("'Agent'", error, StringComparison.Ordinal);
        Assert.Contains("'LaunchRockets'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationReportsARoleWithoutNameAndAMissingList()
    {
        var nameless = await ValidateAsync("""{ "name": "roles", "roles": [ { "name": "Agent" }, { "description": "Who?" } ] }""");
        var missing = await ValidateAsync("""{ "name": "roles" }""");

        Assert.Equal(["Role 2 has no name."], nameless);
        Assert.Single(missing);
    }

    [Fact]
    public async Task PermissionOfAFeatureNotEnabledYetIsAccepted()
    {
        // An earlier step of the same recipe may enable the sample feature.
        var errors = await ValidateAsync("""
            { "name": "roles", "roles": [ { "name": "Agent", "permissions": ["ViewSampleNotes"] } ] }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task StepCreatesRolesAndReplacesTheirPermissions()
    {
        await ExecuteAsync("""
            { "name": "roles", "roles": [
              { "name": "Supervisor", "description": "Leads the agents.", "permissions": ["ManageUsers", "ViewSampleNotes"] },
              { "name": "Agent", "permissions": ["EditSampleNotes"] } ] }
            """);
        await ExecuteAsync("""
            { "name": "roles", "roles": [ { "name": "Supervisor", "permissions": ["ManageRoles"] } ] }
            """);

        await using var scope = _site.Services.CreateAsyncScope();
        var supervisor = await scope.ServiceProvider.GetRequiredService<RoleManager<Role>>().FindByNameAsync("Supervisor");
        var permissions = scope.ServiceProvider.GetRequiredService<RolePermissionService>();
        Assert.Equal("Leads the agents.", supervisor!.Description);
        Assert.Equal([Permissions.ManageRoles.Name], await permissions.GetPermissionsAsync("Supervisor"));
        Assert.Equal([SamplePermissions.EditSampleNotes.Name], await permissions.GetPermissionsAsync(BuiltInRoles.Agent));
    }

    private async Task<List<string>> ValidateAsync(string json)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var context = Context(json);

        await Step(scope.ServiceProvider).ValidateAsync(context, CancellationToken.None);

        return context.Errors;
    }

    private async Task ExecuteAsync(string json)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var context = Context(json);
        var step = Step(scope.ServiceProvider);

        await step.ValidateAsync(context, CancellationToken.None);
        Assert.Empty(context.Errors);
        await step.ExecuteAsync(context, CancellationToken.None);
    }

    private static RolesStep Step(IServiceProvider services) =>
        services.GetServices<IRecipeStepHandler>().OfType<RolesStep>().Single();

    private static RecipeStepContext Context(string json)
    {
        using var document = JsonDocument.Parse(json);

        return new RecipeStepContext("test.recipe.json", 1, document.RootElement.Clone());
    }
}
