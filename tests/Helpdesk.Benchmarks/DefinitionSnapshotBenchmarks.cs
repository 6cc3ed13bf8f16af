using BenchmarkDotNet.Attributes;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Data.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Benchmarks;

/// <summary>
/// The definitions read path: the cached snapshot every request starts from, the read of the
/// stored document once the cache was invalidated (another node's change, the minute's expiry),
/// and building a new snapshot after a change.
/// </summary>
public class DefinitionSnapshotBenchmarks
{
    private BenchmarkSite _site = null!;
    private ContentDefinitionCache _cache = null!;
    private ContentDefinitionDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.StartAsync().GetAwaiter().GetResult();
        _cache = _site.Services.GetRequiredService<ContentDefinitionCache>();
        using var scope = _site.Services.CreateScope();
        _document = scope.ServiceProvider.GetRequiredService<IDocumentStore>()
            .GetAsync<ContentDefinitionDocument>().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task<ContentTypeDefinition?> GetTypeFromCachedSnapshot()
    {
        await using var scope = _site.CreateScope();

        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(BenchmarkSite.TypeName);
    }

    [Benchmark]
    public async Task<ContentTypeDefinition?> GetTypeAfterInvalidation()
    {
        _cache.Invalidate();
        await using var scope = _site.CreateScope();

        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(BenchmarkSite.TypeName);
    }

    [Benchmark]
    public ContentDefinitions BuildSnapshot() => new(_document.Version, _document.Types, _document.Parts);
}
