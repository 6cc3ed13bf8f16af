using Helpdesk.Modularity.Security;
using Helpdesk.Users;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class BuiltInRolesHandlerTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync() => _site = await UsersTestSite.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task EnablingUsersCreatesTheBuiltInRolesWithDescriptions()
    {
        await _site.EnableAsync(UsersFeature.Id);

        await using var scope = _site.Services.CreateAsyncScope();
        var roles = await scope.ServiceProvider.GetRequiredService<RoleManager<Role>>().Roles.ToListAsync();

        Assert.Equal(BuiltInRoles.All.Order(), roles.Select(r => r.Name!).Order());
        Assert.All(roles, role => Assert.False(string.IsNullOrEmpty(role.Description)));
    }

    [Fact]
    public async Task FeatureEnabledBeforeUsersInTheSameCallGetsItsDefaultGrants()
    {
        // The sample feature comes first in enabling order: its enabled event finds no roles yet.
        await _site.EnableAsync(UsersTestSite.SampleFeatureId, UsersFeature.Id);

        var administrator = await PermissionsOfAsync(BuiltInRoles.Administrator);
        Assert.Contains(SamplePermissions.ViewSampleNotes.Name, await PermissionsOfAsync(BuiltInRoles.Agent));
        Assert.Contains(Permissions.ManageUsers.Name, administrator);
        Assert.Contains(Permissions.ManageRoles.Name, administrator);
    }

    [Fact]
    public async Task FeatureEnabledLaterGetsItsDefaultGrants()
    {
        await _site.EnableAsync(UsersFeature.Id);
        Assert.DoesNotContain(SamplePermissions.ViewSampleNotes.Name, await PermissionsOfAsync(BuiltInRoles.Agent));

        await _site.EnableAsync(UsersTestSite.SampleFeatureId);

        Assert.Contains(SamplePermissions.ViewSampleNotes.Name, await PermissionsOfAsync(BuiltInRoles.Agent));
        Assert.DoesNotContain(SamplePermissions.EditSampleNotes.Name, await PermissionsOfAsync(BuiltInRoles.Agent));
    }

    private async Task<IReadOnlySet<string>> PermissionsOfAsync(string roleName)
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<RolePermissionService>().GetPermissionsAsync(roleName);
    }
}
