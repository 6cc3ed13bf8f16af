using Helpdesk.Data;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>
/// Where one test's site keeps its data: a fresh data folder (<c>Helpdesk:DataPath</c>) and a
/// fresh database in it (SQLite) or on the test PostgreSQL server. Deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TestDirectory _directory;
    private readonly PostgresTestDatabase? _postgres;

    private TestDatabase(TestDirectory directory, PostgresTestDatabase? postgres)
    {
        _directory = directory;
        _postgres = postgres;
        Settings = postgres is null
            ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={System.IO.Path.Combine(DataPath, "App_Data", "helpdesk.db")}")
            : new DatabaseSettings(DatabaseProvider.Postgres, postgres.ConnectionString);
    }

    /// <summary>The value for <c>Helpdesk:DataPath</c>; the site's App_Data is below it.</summary>
    public string DataPath => _directory.Path;

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        var directory = new TestDirectory();
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(directory, postgres: null);
        }

        try
        {
            return new TestDatabase(directory, await PostgresTestDatabase.CreateAsync(cancellationToken));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The configuration keys that fix the site's database to this one.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConfigurationValues() =>
    [
        new("Helpdesk:DataPath", DataPath),
        new("Helpdesk:Database:Provider", Provider.ToString()),
        new("Helpdesk:Database:ConnectionString", Settings.ConnectionString),
    ];

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _directory.Dispose();
    }
}
