using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Helpdesk.Content.Tests;

/// <summary>The host environment the real services need, rooted in the test's temp folder.</summary>
public sealed class TestWebHostEnvironment : IWebHostEnvironment
{
    public TestWebHostEnvironment(string root)
    {
        ContentRootPath = root;
        WebRootPath = root;
        ContentRootFileProvider = new PhysicalFileProvider(root);
        WebRootFileProvider = new NullFileProvider();
    }

    public string ApplicationName { get; set; } = "Helpdesk.Web";

    public string EnvironmentName { get; set; } = "Testing";

    public string ContentRootPath { get; set; }

    public IFileProvider ContentRootFileProvider { get; set; }

    public string WebRootPath { get; set; }

    public IFileProvider WebRootFileProvider { get; set; }
}
