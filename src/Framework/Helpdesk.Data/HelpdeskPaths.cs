using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Helpdesk.Data;

/// <summary>
/// Where the site keeps its files: <c>App_Data</c> under <c>Helpdesk:DataPath</c>, or beside
/// the application when that key is not set.
/// </summary>
public sealed class HelpdeskPaths
{
    public HelpdeskPaths(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataPath = configuration["Helpdesk:DataPath"];
        var root = string.IsNullOrWhiteSpace(dataPath) ? environment.ContentRootPath : Path.GetFullPath(dataPath);
        AppData = Path.Combine(root, "App_Data");
        Directory.CreateDirectory(AppData);
    }

    public string AppData { get; }

    public string Combine(params string[] parts) => Path.Combine([AppData, .. parts]);
}
