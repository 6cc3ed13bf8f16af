using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Helpdesk.Testing;

/// <summary>The host environment the real services need, rooted in a temporary folder.</summary>
public sealed class FolderHostEnvironment : IWebHostEnvironment
{
    public FolderHostEnvironment(string root, string environmentName)
    {
        ContentRootPath = root;
        WebRootPath = root;
        ContentRootFileProvider = new PhysicalFileProvider(root);
        WebRootFileProvider = new NullFileProvider();
        EnvironmentName = environmentName;
    }

    public string ApplicationName { get; set; } = "Helpdesk.Web";

    public string EnvironmentName { get; set; }

    public string ContentRootPath { get; set; }

    public IFileProvider ContentRootFileProvider { get; set; }

    public string WebRootPath { get; set; }

    public IFileProvider WebRootFileProvider { get; set; }
}
