using System.Security.Claims;
using Helpdesk.Data;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Helpdesk.Tests.SampleModule.Controllers;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Modularity;

/// <summary>A disabled feature's extension points disappear; enabling it brings them back.</summary>
public sealed class FeatureGateTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Visitor = new(new ClaimsIdentity());

    private TestServices _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestServices.StartAsync(DatabaseProvider.Sqlite, TestServices.SampleCatalog());
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task DisabledFeaturesPermissionsAreNotListed()
    {
        Assert.Null(await FindPermissionAsync());

        await SwitchAsync(m => m.EnableAsync([SampleFeatures.Notes]));

        var permission = await FindPermissionAsync();
        Assert.Equal(Permissions.ManageSampleNotes, permission);

        await SwitchAsync(m => m.DisableAsync([SampleFeatures.Notes]));

        Assert.Null(await FindPermissionAsync());
    }

    [Fact]
    public async Task DisabledFeaturesMenuItemsAreNotShown()
    {
        Assert.Empty(await AdminMenuTextsAsync());

        await SwitchAsync(m => m.EnableAsync([SampleFeatures.Notes]));
        Assert.Equal(["Sample notes"], await AdminMenuTextsAsync());

        await SwitchAsync(m => m.EnableAsync([SampleFeatures.Pinned]));
        Assert.Equal(["Sample notes", "Pinned sample notes"], await AdminMenuTextsAsync());

        await SwitchAsync(m => m.DisableAsync([SampleFeatures.Notes]));
        Assert.Empty(await AdminMenuTextsAsync());
    }

    [Fact]
    public async Task ControllersBelongToTheFeatureTheyAreMarkedWith()
    {
        var gate = _site.Services.GetRequiredService<IFeatureGate>();

        await SwitchAsync(m => m.EnableAsync([SampleFeatures.Notes]));

        Assert.Equal(SampleFeatures.Notes, gate.FeatureOf(typeof(SampleNotesController)));
        Assert.Equal(SampleFeatures.Pinned, gate.FeatureOf(typeof(PinnedSampleNotesController)));
        Assert.True(gate.IsEnabled(typeof(SampleNotesController)));
        Assert.False(gate.IsEnabled(typeof(PinnedSampleNotesController)));
        Assert.True(gate.IsEnabled(typeof(string)));
    }

    private async Task SwitchAsync(Func<IFeatureManager, Task> change)
    {
        await using var scope = _site.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<IFeatureManager>());
    }

    private async Task<Permission?> FindPermissionAsync()
    {
        await using var scope = _site.CreateScope();

        return scope.ServiceProvider.GetRequiredService<IPermissionService>().Find(Permissions.ManageSampleNotes.Name);
    }

    private async Task<List<string>> AdminMenuTextsAsync()
    {
        await using var scope = _site.CreateScope();
        var navigation = scope.ServiceProvider.GetRequiredService<INavigationManager>();
        var menu = await navigation.BuildMenuAsync(MenuNames.Admin, Visitor);

        return menu.Select(item => item.Text).ToList();
    }
}
