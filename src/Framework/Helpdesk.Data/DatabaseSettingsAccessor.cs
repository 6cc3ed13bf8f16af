using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Helpdesk.Data;

/// <summary>
/// Decides which database the site uses: the configuration keys
/// <c>Helpdesk:Database:Provider</c> and <c>Helpdesk:Database:ConnectionString</c> win; otherwise
/// the choice saved by setup in <c>App_Data/database.json</c>; otherwise an SQLite file in
/// <c>App_Data</c>, so a fresh install works at once.
/// </summary>
public sealed class DatabaseSettingsAccessor
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IConfiguration _configuration;
    private readonly HelpdeskPaths _paths;
    private DatabaseSettings? _current;

    public DatabaseSettingsAccessor(IConfiguration configuration, HelpdeskPaths paths)
    {
        _configuration = configuration;
        _paths = paths;
    }

    public DatabaseSettings Current => _current ??= Resolve();

    /// <summary>True when configuration fixes the database, so setup must not offer a choice.</summary>
    public bool IsFixedByConfiguration => !string.IsNullOrWhiteSpace(_configuration["Helpdesk:Database:Provider"]);

    private string SavedFile => _paths.Combine("database.json");

    /// <summary>Remembers the database chosen at setup for every later start.</summary>
    public void Save(DatabaseSettings settings)
    {
        File.WriteAllText(SavedFile, JsonSerializer.Serialize(settings, JsonOptions));
        _current = settings;
    }

    public string DefaultSqliteConnectionString() => new SqliteConnectionStringBuilder
    {
        DataSource = _paths.Combine("helpdesk.db"),
        Pooling = true,
    }.ToString();

    private DatabaseSettings Resolve()
    {
        if (IsFixedByConfiguration)
        {
            return FromConfiguration();
        }

        if (File.Exists(SavedFile))
        {
            return JsonSerializer.Deserialize<DatabaseSettings>(File.ReadAllText(SavedFile), JsonOptions)
                ?? throw new InvalidOperationException($"'{SavedFile}' holds no database settings.");
        }

        return new DatabaseSettings(DatabaseProvider.Sqlite, DefaultSqliteConnectionString());
    }

    private DatabaseSettings FromConfiguration()
    {
        var providerName = _configuration["Helpdesk:Database:Provider"]!;
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Helpdesk:Database:Provider is '{providerName}'; use 'Sqlite' or 'Postgres'.");
        }

        var connectionString = _configuration["Helpdesk:Database:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Helpdesk:Database:ConnectionString is required for PostgreSQL.");
            }

            connectionString = DefaultSqliteConnectionString();
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
