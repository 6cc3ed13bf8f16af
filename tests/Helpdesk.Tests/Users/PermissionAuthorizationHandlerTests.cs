using System.Security.Claims;
using Helpdesk.Modularity.Security;
using Helpdesk.Users;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class PermissionAuthorizationHandlerTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await UsersTestSite.CreateAsync();
        await _site.EnableAsync(UsersFeature.Id, UsersTestSite.SampleFeatureId);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AdministratorHoldsEveryPermissionAnEnabledFeatureDeclares()
    {
        await _site.CreateUserAsync("admin@example.com", BuiltInRoles.Administrator);
        var admin = await _site.PrincipalOfAsync("admin@example.com");

        Assert.True(await _site.HasPermissionAsync(admin, Permissions.ManageUsers.Name));
        Assert.True(await _site.HasPermissionAsync(admin, SamplePermissions.EditSampleNotes.Name));
    }

    [Fact]
    public async Task NobodyHoldsAPermissionThatNoEnabledFeatureDeclares()
    {
        await _site.CreateUserAsync("admin@example.com", BuiltInRoles.Administrator);
        await _site.CreateUserAsync("agent@example.com", BuiltInRoles.Agent);
        var admin = await _site.PrincipalOfAsync("admin@example.com");
        var agent = await _site.PrincipalOfAsync("agent@example.com");

        await _site.DisableAsync(UsersTestSite.SampleFeatureId);

        Assert.False(await _site.HasPermissionAsync(admin, "NoSuchPermission"));
        Assert.False(await _site.HasPermissionAsync(admin, SamplePermissions.EditSampleNotes.Name));
        Assert.False(await _site.HasPermissionAsync(agent, SamplePermissions.ViewSampleNotes.Name));

        await _site.EnableAsync(UsersTestSite.SampleFeatureId);

        Assert.True(await _site.HasPermissionAsync(agent, SamplePermissions.ViewSampleNotes.Name));
    }

    [Fact]
    public async Task UserHoldsWhatTheirRolesGrantAndNothingElse()
    {
        await _site.CreateUserAsync("agent@example.com", BuiltInRoles.Agent);
        await _site.CreateUserAsync("customer@example.com", BuiltInRoles.Customer);
        var agent = await _site.PrincipalOfAsync("agent@example.com");
        var customer = await _site.PrincipalOfAsync("customer@example.com");

        Assert.True(await _site.HasPermissionAsync(agent, SamplePermissions.ViewSampleNotes.Name));
        Assert.False(await _site.HasPermissionAsync(agent, SamplePermissions.EditSampleNotes.Name));
        Assert.False(await _site.HasPermissionAsync(agent, Permissions.ManageUsers.Name));
        Assert.False(await _site.HasPermissionAsync(customer, SamplePermissions.ViewSampleNotes.Name));
    }

    [Fact]
    public async Task AuthenticatedRoleGrantsToEverySignedInUserAndAnonymousToVisitorsOnly()
    {
        await _site.CreateUserAsync("customer@example.com", BuiltInRoles.Customer);
        await SetPermissionsAsync(BuiltInRoles.Authenticated, SamplePermissions.ViewSampleNotes.Name);
        await SetPermissionsAsync(BuiltInRoles.Anonymous, SamplePermissions.EditSampleNotes.Name);
        var customer = await _site.PrincipalOfAsync("customer@example.com");
        var visitor = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.True(await _site.HasPermissionAsync(customer, SamplePermissions.ViewSampleNotes.Name));
        Assert.False(await _site.HasPermissionAsync(customer, SamplePermissions.EditSampleNotes.Name));
        Assert.True(await _site.HasPermissionAsync(visitor, SamplePermissions.EditSampleNotes.Name));
        Assert.False(await _site.HasPermissionAsync(visitor, SamplePermissions.ViewSampleNotes.Name));
    }

    [Fact]
    public async Task ChangingARolesPermissionsAppliesAtOnce()
    {
        await _site.CreateUserAsync("customer@example.com", BuiltInRoles.Customer);
        var customer = await _site.PrincipalOfAsync("customer@example.com");
        Assert.False(await _site.HasPermissionAsync(customer, SamplePermissions.EditSampleNotes.Name));

        await SetPermissionsAsync(BuiltInRoles.Customer, SamplePermissions.EditSampleNotes.Name);
        Assert.True(await _site.HasPermissionAsync(customer, SamplePermissions.EditSampleNotes.Name));

        await SetPermissionsAsync(BuiltInRoles.Customer);
        Assert.False(await _site.HasPermissionAsync(customer, SamplePermissions.EditSampleNotes.Name));
    }

    private async Task SetPermissionsAsync(string roleName, params string[] permissionNames)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var role = await scope.ServiceProvider.GetRequiredService<RoleManager<Role>>().FindByNameAsync(roleName);

        await scope.ServiceProvider.GetRequiredService<RolePermissionService>().SetPermissionsAsync(role!, permissionNames);
    }
}
