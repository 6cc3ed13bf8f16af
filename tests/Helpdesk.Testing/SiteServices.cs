using System.Diagnostics;
using Helpdesk.Data;
using Helpdesk.Infrastructure;
using Helpdesk.Modularity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.ObjectPool;

namespace Helpdesk.Testing;

/// <summary>
/// The site's real services without a web server: the database under a data folder of the
/// caller's, the infrastructure, every module and MVC's view engine for rendering views. The
/// caller replaces what it needs, builds the provider and initialises the database.
/// </summary>
public static class SiteServices
{
    public static ServiceCollection Compose(string dataPath, string environmentName)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Helpdesk:DataPath"] = dataPath })
            .Build();
        var environment = new FolderHostEnvironment(dataPath, environmentName);
        var catalog = ModuleCatalog.Discover();
        var services = new ServiceCollection();

        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IWebHostEnvironment>(environment);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddSingleton(new DiagnosticListener("Helpdesk"));
        services.AddSingleton<DiagnosticSource>(provider => provider.GetRequiredService<DiagnosticListener>());
        services.AddSingleton<ObjectPoolProvider, DefaultObjectPoolProvider>();
        services.AddLogging();

        services.AddHelpdeskData();
        services.AddHelpdeskInfrastructure(catalog, typeof(Program).Assembly);
        services.AddModules(configuration, catalog);
        services.AddControllersWithViews().AddModuleParts(catalog).AddViewLocalization();

        return services;
    }
}
