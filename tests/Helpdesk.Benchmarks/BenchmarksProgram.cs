using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Helpdesk.Benchmarks;

/// <summary>
/// The entry point: <c>load ...</c> runs the HTTP load script, <c>cpu [operations]</c> the CPU time
/// per operation of every benchmark, anything else goes to
/// BenchmarkDotNet (e.g. <c>--filter '*'</c>). Not named Program: the site's Program is referenced.
/// </summary>
public static class BenchmarksProgram
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "load")
        {
            return await LoadScenario.RunAsync(LoadOptions.Parse(args[1..]));
        }

        if (args.Length > 0 && args[0] == "cpu")
        {
            return await CpuTimeRun.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000);
        }

        // In process: building a separate benchmark project would compile the whole site again.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarksProgram).Assembly).Run(args, config);

        return 0;
    }
}
