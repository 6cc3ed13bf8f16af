using System.Diagnostics;
using System.Globalization;

namespace Helpdesk.Benchmarks;

/// <summary>
/// Runs each benchmark method many times and divides the process's CPU time by the count. On a
/// machine shared with other work, wall-clock times (what BenchmarkDotNet reports) grow with the
/// load; CPU time per operation stays close to what the code itself costs.
/// </summary>
public static class CpuTimeRun
{
    public static async Task<int> RunAsync(int operations)
    {
        var editor = new ContentEditorBenchmarks();
        var definitions = new DefinitionSnapshotBenchmarks();
        editor.Setup();
        definitions.Setup();
        try
        {
            Console.WriteLine(FormattableString.Invariant($"{"benchmark",-60} {"ops",6} {"CPU us/op",10} {"wall us/op",11}"));
            await MeasureAsync("ContentEditorBenchmarks.LoadItem", operations, editor.LoadItem);
            await MeasureAsync("ContentEditorBenchmarks.LoadItemAndBuildEditor", operations, editor.LoadItemAndBuildEditor);
            await MeasureAsync("DefinitionSnapshotBenchmarks.GetTypeFromCachedSnapshot", operations, definitions.GetTypeFromCachedSnapshot);
            await MeasureAsync("DefinitionSnapshotBenchmarks.GetTypeAfterInvalidation", operations, definitions.GetTypeAfterInvalidation);
            await MeasureAsync("DefinitionSnapshotBenchmarks.BuildSnapshot", operations, () => Task.FromResult(definitions.BuildSnapshot()));

            return 0;
        }
        finally
        {
            editor.Cleanup();
            definitions.Cleanup();
        }
    }

    private static async Task MeasureAsync<T>(string name, int operations, Func<Task<T>> operation)
    {
        // As many warm-up operations as measured ones, so tiered JIT has finished optimising.
        for (var i = 0; i < operations; i++)
        {
            await operation();
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < operations; i++)
        {
            await operation();
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-60} {operations,6} {cpu.TotalMicroseconds / operations,10:0.0} {wall.Elapsed.TotalMicroseconds / operations,11:0.0}"));
    }
}
