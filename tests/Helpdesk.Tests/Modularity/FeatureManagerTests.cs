using Helpdesk.Data;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Modularity;

/// <summary>The real feature manager over the real feature state store, in an SQLite file.</summary>
public sealed class FeatureManagerTests : IAsyncLifetime
{
    private readonly FeatureEventLog _events = new();
    private TestServices _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestServices.StartAsync(DatabaseProvider.Sqlite, TestServices.SampleCatalog(), RecordEvents);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task EnablingAFeatureEnablesItsDependenciesFirst()
    {
        var enabled = await EnableAsync(SampleFeatures.Pinned);

        Assert.Equal([SampleFeatures.Notes, SampleFeatures.Pinned], enabled);
        Assert.Equal(
            [
                "Enabling " + SampleFeatures.Notes,
                "Enabling " + SampleFeatures.Pinned,
                "Enabled " + SampleFeatures.Notes,
                "Enabled " + SampleFeatures.Pinned,
            ],
            _events.Events);
        Assert.True(Gate.IsEnabled(SampleFeatures.Notes));
        Assert.True(Gate.IsEnabled(SampleFeatures.Pinned));
    }

    [Fact]
    public async Task DisablingAFeatureDisablesItsDependentsFirst()
    {
        await EnableAsync(SampleFeatures.Pinned);
        _events.Clear();

        var disabled = await DisableAsync(SampleFeatures.Notes);

        Assert.Equal([SampleFeatures.Pinned, SampleFeatures.Notes], disabled);
        Assert.Equal(["Disabled " + SampleFeatures.Pinned, "Disabled " + SampleFeatures.Notes], _events.Events);
        Assert.False(Gate.IsEnabled(SampleFeatures.Notes));
        Assert.False(Gate.IsEnabled(SampleFeatures.Pinned));
    }

    [Fact]
    public async Task DisablingADependentFeatureKeepsItsDependencyEnabled()
    {
        await EnableAsync(SampleFeatures.Pinned);

        var disabled = await DisableAsync(SampleFeatures.Pinned);

        Assert.Equal([SampleFeatures.Pinned], disabled);
        Assert.True(Gate.IsEnabled(SampleFeatures.Notes));
    }

    [Fact]
    public async Task EnablingAnEnabledFeatureChangesNothing()
    {
        await EnableAsync(SampleFeatures.Notes);
        _events.Clear();

        var enabled = await EnableAsync(SampleFeatures.Notes);

        Assert.Empty(enabled);
        Assert.Empty(_events.Events);
    }

    [Fact]
    public async Task ManagerNamesEnabledDependentsAndDependencies()
    {
        await EnableAsync(SampleFeatures.Pinned);

        await using var scope = _site.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IFeatureManager>();

        Assert.Equal([SampleFeatures.Pinned], manager.EnabledDependents(SampleFeatures.Notes).Select(f => f.Id));
        Assert.Equal([SampleFeatures.Notes], manager.Dependencies(SampleFeatures.Pinned).Select(f => f.Id));
    }

    [Fact]
    public async Task EnabledFeaturesAreStoredInTheDatabaseAndLoadedAfterARestart()
    {
        await EnableAsync(SampleFeatures.Pinned);
        await DisableAsync(SampleFeatures.Pinned);

        await using var restarted = await TestServices.StartAsync(_site.Database, TestServices.SampleCatalog());
        var gate = restarted.Services.GetRequiredService<IFeatureGate>();

        Assert.True(gate.IsEnabled(SampleFeatures.Notes));
        Assert.False(gate.IsEnabled(SampleFeatures.Pinned));
    }

    private IFeatureGate Gate => _site.Services.GetRequiredService<IFeatureGate>();

    private void RecordEvents(IServiceCollection services)
    {
        services.AddSingleton(_events);
        services.AddScoped<IFeatureEventHandler, RecordingFeatureEventHandler>();
    }

    private async Task<List<string>> EnableAsync(string featureId)
    {
        await using var scope = _site.CreateScope();
        var enabled = await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync([featureId]);

        return enabled.Select(f => f.Id).ToList();
    }

    private async Task<List<string>> DisableAsync(string featureId)
    {
        await using var scope = _site.CreateScope();
        var disabled = await scope.ServiceProvider.GetRequiredService<IFeatureManager>().DisableAsync([featureId]);

        return disabled.Select(f => f.Id).ToList();
    }
}
