using Npgsql;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>
/// A fresh database <c>helpdesk_test_&lt;guid&gt;</c> on the PostgreSQL server named by
/// <see cref="ServerVariable"/>, dropped again on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <summary>A connection string to the server's <c>postgres</c> database, as a role with CREATEDB.</summary>
    public const string ServerVariable = "HELPDESK_TEST_POSTGRES";

    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var server = ServerConnectionString();
        var database = new PostgresTestDatabase(server, "helpdesk_test_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"", cancellationToken);

        return database;
    }

    /// <summary>The server to use; a missing variable fails the test, it never skips it.</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set, so this PostgreSQL test cannot run. Run ./test.sh at the " +
                "repository root: it starts a private PostgreSQL server for the run and sets the variable. " +
                "To use a server of your own, set it to a connection string of a role with CREATEDB, e.g. " +
                "Host=127.0.0.1;Port=5432;Username=helpdesk;Password=...;Database=postgres.");
        }

        return value;
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
