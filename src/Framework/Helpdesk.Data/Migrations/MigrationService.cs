using System.Collections.Concurrent;
using System.Reflection;
using FluentMigrator;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Helpdesk.Modularity;

namespace Helpdesk.Data.Migrations;

/// <summary>
/// Runs FluentMigrator migrations. Each migration carries a <c>[Tags]</c> attribute naming the
/// feature that owns it (or <see cref="CoreTag"/> for the framework); a feature's migrations
/// run when it is enabled and, for enabled features, at every start, so upgrades apply.
/// Version numbers are dates with a counter (<c>2026_12_03_001</c>) and unique across modules.
/// </summary>
public sealed partial class MigrationService
{
    public const string CoreTag = "Helpdesk.Core";

    private readonly DatabaseSettingsAccessor _database;
    private readonly ModuleCatalog _catalog;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<MigrationService> _logger;
    private readonly ConcurrentDictionary<string, bool> _migrated = new();

    public MigrationService(DatabaseSettingsAccessor database, ModuleCatalog catalog, ILoggerFactory loggerFactory)
    {
        _database = database;
        _catalog = catalog;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<MigrationService>();
    }

    public void MigrateCore()
    {
        var settings = _database.Current;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            UseWriteAheadLog(settings.ConnectionString);
        }

        Migrate(CoreTag, settings);
    }

    public void MigrateFeature(string featureId) => Migrate(featureId, _database.Current);

    /// <summary>Runs the framework's migrations on a database that is not the site's yet (setup).</summary>
    public void MigrateCore(DatabaseSettings settings) => Migrate(CoreTag, settings);

    private void Migrate(string tag, DatabaseSettings settings)
    {
        var key = settings.ConnectionString + "|" + tag;
        if (_migrated.ContainsKey(key))
        {
            return;
        }

        if (!HasMigrations(tag))
        {
            _migrated[key] = true;
            return;
        }

        using var services = BuildRunnerServices(tag, settings);
        using var scope = services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<IMigrationRunner>();
        if (runner.HasMigrationsToApplyUp())
        {
            runner.MigrateUp();
            LogMigrated(tag, settings.Provider);
        }

        _migrated[key] = true;
    }

    // FluentMigrator throws MissingMigrationsException for a tag without migrations, and most
    // features (the admin shell, themes) have none; they are simply up to date.
    private bool HasMigrations(string tag) =>
        MigrationAssemblies()
            .SelectMany(a => a.GetTypes())
            .Any(t => typeof(IMigration).IsAssignableFrom(t)
                && t.GetCustomAttributes<TagsAttribute>().Any(a => a.TagNames.Contains(tag)));

    private Assembly[] MigrationAssemblies() =>
        _catalog.Modules.Select(m => m.Assembly).Append(typeof(MigrationService).Assembly).ToArray();

    private ServiceProvider BuildRunnerServices(string tag, DatabaseSettings settings)
    {
        var assemblies = MigrationAssemblies();

        return new ServiceCollection()
            .AddSingleton(_loggerFactory)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (settings.Provider == DatabaseProvider.Postgres)
                {
                    runner.AddPostgres();
                }
                else
                {
                    runner.AddSQLite();
                }

                runner.WithGlobalConnectionString(settings.ConnectionString)
                    .ScanIn(assemblies).For.Migrations();
            })
            .Configure<RunnerOptions>(options =>
            {
                options.Tags = [tag];
                options.IncludeUntaggedMigrations = false;
            })
            .BuildServiceProvider(validateScopes: false);
    }

    private static void UseWriteAheadLog(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Migrations of {Tag} applied on {Provider}")]
    private partial void LogMigrated(string tag, DatabaseProvider provider);
}
