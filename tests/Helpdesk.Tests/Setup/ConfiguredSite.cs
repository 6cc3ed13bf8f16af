using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Setup;

/// <summary>
/// The real host on a data folder the test owns, with exactly the configuration it is given,
/// so one folder can be started several times, as an operator restarts a site.
/// </summary>
public sealed class ConfiguredSite : WebApplicationFactory<Program>
{
    private readonly string _dataPath;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ConfiguredSite(string dataPath, IReadOnlyDictionary<string, string> settings)
    {
        _dataPath = dataPath;
        _settings = settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(TestSite.Environment);
        builder.UseStaticWebAssets();
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.UseSetting("Helpdesk:DataPath", _dataPath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
