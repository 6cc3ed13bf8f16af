using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Helpdesk.Benchmarks;

/// <summary>The host environment the real services need, rooted in the benchmark's temp folder.</summary>
public sealed class BenchmarkHostEnvironment : IWebHostEnvironment
{
    public BenchmarkHostEnvironment(string root)
    {
        ContentRootPath = root;
        WebRootPath = root;
        ContentRootFileProvider = new PhysicalFileProvider(root);
        WebRootFileProvider = new NullFileProvider();
    }

    public string ApplicationName { get; set; } = "Helpdesk.Web";

    public string EnvironmentName { get; set; } = "Production";

    public string ContentRootPath { get; set; }

    public IFileProvider ContentRootFileProvider { get; set; }

    public string WebRootPath { get; set; }

    public IFileProvider WebRootFileProvider { get; set; }
}
