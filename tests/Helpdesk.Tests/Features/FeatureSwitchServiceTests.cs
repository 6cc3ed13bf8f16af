using Helpdesk.Features.Services;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Features;

/// <summary>
/// On a set-up site, as the Features page uses it. (Before setup nothing is stored yet, so the first
/// switch also stores the always-enabled features and reports them among the changed ones.)
/// </summary>
public sealed class FeatureSwitchServiceTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public FeatureSwitchServiceTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task EnablingAFeatureEnablesItsDependenciesAndDisablingTakesDependentsAlong()
    {
        var enabled = await SwitchAsync(s => s.EnableAsync(SampleFeatures.Pinned, default));
        var disabled = await SwitchAsync(s => s.DisableAsync(SampleFeatures.Notes, default));

        Assert.Equal([SampleFeatures.Notes, SampleFeatures.Pinned], enabled);
        Assert.Equal([SampleFeatures.Pinned, SampleFeatures.Notes], disabled);
        Assert.DoesNotContain(SampleFeatures.Notes, await StoredFeaturesAsync());
        Assert.False(_site.Services.GetRequiredService<IFeatureGate>().IsEnabled(SampleFeatures.Pinned));
    }

    private async Task<List<string>> SwitchAsync(Func<FeatureSwitchService, Task<IReadOnlyList<Helpdesk.Modularity.FeatureInfo>>> change)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var changed = await change(scope.ServiceProvider.GetRequiredService<FeatureSwitchService>());

        return changed.Select(f => f.Id).ToList();
    }

    private async Task<IReadOnlyCollection<string>> StoredFeaturesAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<IFeatureStateStore>().LoadAsync();
    }
}
