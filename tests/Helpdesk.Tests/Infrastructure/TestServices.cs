using Helpdesk.Data;
using Helpdesk.Infrastructure;
using Helpdesk.Modularity;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>
/// The framework's services composed as the host composes them (data, infrastructure, the
/// modules of a catalog), without a web host: for tests of the data layer and the feature
/// machinery. The database is real: an SQLite file or a PostgreSQL database.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    private TestServices(TestDatabase database, bool ownsDatabase, ServiceProvider services)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public TestDatabase Database => _database;

    /// <summary>A catalog of the sample module only: its two features and nothing else.</summary>
    public static ModuleCatalog SampleCatalog() => ModuleCatalog.FromAssemblies([typeof(SampleNote).Assembly]);

    /// <summary>Services over a fresh database, which they delete on dispose.</summary>
    public static async Task<TestServices> StartAsync(
        DatabaseProvider provider,
        ModuleCatalog catalog,
        Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);

        return await StartAsync(database, catalog, configure, ownsDatabase: true);
    }

    /// <summary>Services over an existing database, as after a restart; the caller keeps the database.</summary>
    public static Task<TestServices> StartAsync(
        TestDatabase database,
        ModuleCatalog catalog,
        Action<IServiceCollection>? configure = null) =>
        StartAsync(database, catalog, configure, ownsDatabase: false);

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }

    private static async Task<TestServices> StartAsync(
        TestDatabase database,
        ModuleCatalog catalog,
        Action<IServiceCollection>? configure,
        bool ownsDatabase)
    {
        var services = Compose(database, catalog);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var started = new TestServices(database, ownsDatabase, provider);

        try
        {
            await provider.InitializeDatabaseAsync();
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }

        return started;
    }

    private static ServiceCollection Compose(TestDatabase database, ModuleCatalog catalog)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.ConfigurationValues()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(database.DataPath));
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddAuthorization();

        services.AddHelpdeskData();
        services.AddHelpdeskInfrastructure(catalog, typeof(TestServices).Assembly);
        services.AddModules(configuration, catalog);

        return services;
    }
}
