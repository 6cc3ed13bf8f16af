using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>The hosting environment of services built without a web host.</summary>
public sealed class TestHostEnvironment : IHostEnvironment
{
    public TestHostEnvironment(string contentRootPath)
    {
        ContentRootPath = contentRootPath;
        ContentRootFileProvider = new PhysicalFileProvider(contentRootPath);
    }

    public string EnvironmentName { get; set; } = "Testing";

    public string ApplicationName { get; set; } = "Helpdesk.Tests";

    public string ContentRootPath { get; set; }

    public IFileProvider ContentRootFileProvider { get; set; }
}
