using Helpdesk.Features.Services;
using Helpdesk.Tests.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Features;

public sealed class FeatureSwitchServiceTests : IDisposable
{
    private readonly RecipeTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task EnablingAFeatureEnablesItsDependenciesAndDisablingTakesDependentsAlong()
    {
        var enabled = await SwitchAsync(s => s.EnableAsync(RecipeTestHost.PinnedSampleFeature, default));
        var disabled = await SwitchAsync(s => s.DisableAsync(RecipeTestHost.SampleFeature, default));

        Assert.Equal([RecipeTestHost.SampleFeature, RecipeTestHost.PinnedSampleFeature], enabled);
        Assert.Equal([RecipeTestHost.PinnedSampleFeature, RecipeTestHost.SampleFeature], disabled);
        Assert.DoesNotContain(RecipeTestHost.SampleFeature, await _host.StoredFeaturesAsync());
        Assert.False(_host.IsEnabled(RecipeTestHost.PinnedSampleFeature));
    }

    private async Task<List<string>> SwitchAsync(Func<FeatureSwitchService, Task<IReadOnlyList<Helpdesk.Modularity.FeatureInfo>>> change)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var changed = await change(scope.ServiceProvider.GetRequiredService<FeatureSwitchService>());

        return changed.Select(f => f.Id).ToList();
    }
}
