using System.Diagnostics;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests;

/// <summary>
/// A coarse guard for the hot path (load an item with 14 fields and build its editor, in CPU
/// time of the whole process, so other work on the machine counts less); the
/// precise numbers come from the BenchmarkDotNet benchmark. The bound is loose because test
/// runs share two cores: it catches an order of magnitude, not a percent.
/// </summary>
public sealed class EditorPerformanceTests : IClassFixture<ContentTestSite>
{
    private readonly ContentTestSite _site;

    public EditorPerformanceTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task BuildingAnEditorFromCachedDefinitionsTakesAFewMillisecondsAtMost()
    {
        await using var scope = _site.CreateScope();
        var services = scope.ServiceProvider;
        var contents = services.GetRequiredService<IContentManager>();
        var display = services.GetRequiredService<IContentDisplayManager>();
        var item = await contents.NewAsync("Request");
        item.SetField("Request", "Keyword", new TextField { Text = "Printer jams" });
        item.SetField("Request", "Product", new TaxonomyField { TermIds = ["bw-laser"] });
        await contents.CreateAsync(item, VersionOptions.Published);
        await display.BuildEditorAsync(item, null, isNew: false, ContentAudience.Customer);

        const int rounds = 200;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            var loaded = await contents.GetAsync(item.ContentItemId);
            await display.BuildEditorAsync(loaded!, null, isNew: false, ContentAudience.Customer);
        }

        process.Refresh();
        var perEditor = (process.TotalProcessorTime - cpuBefore) / rounds;
        Assert.True(perEditor < TimeSpan.FromMilliseconds(10), $"Loading and building an editor took {perEditor.TotalMilliseconds:0.000} ms of CPU.");
    }
}
