using BenchmarkDotNet.Attributes;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Benchmarks;

/// <summary>
/// What opening a ticket's edit form costs the server before Razor renders it: a request scope,
/// the item of ten fields read from SQLite, and its editor model built by the display manager.
/// </summary>
public class ContentEditorBenchmarks
{
    private BenchmarkSite _site = null!;

    [GlobalSetup]
    public void Setup() => _site = BenchmarkSite.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<ContentItem?> LoadItem()
    {
        await using var scope = _site.CreateScope();

        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(_site.ItemId, VersionOptions.Published);
    }

    [Benchmark]
    public async Task<ContentDisplayModel> LoadItemAndBuildEditor()
    {
        await using var scope = _site.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(_site.ItemId, VersionOptions.Published);

        return await scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .BuildEditorAsync(item!, null, isNew: false, ContentAudience.Staff);
    }
}
