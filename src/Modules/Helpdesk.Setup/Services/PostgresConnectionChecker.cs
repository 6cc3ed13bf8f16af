using Npgsql;

namespace Helpdesk.Setup.Services;

/// <summary>Tries a PostgreSQL connection string before setup saves it, and tells why it fails.</summary>
public sealed class PostgresConnectionChecker
{
    private const int TimeoutSeconds = 10;

    /// <summary>Null when a connection opened; otherwise the reason, as the driver or server gave it.</summary>
    public async Task<string?> CheckAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }

        builder.Timeout = Math.Min(builder.Timeout, TimeoutSeconds);
        builder.Pooling = false;

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return Reason(exception);
        }
    }

    // "Failed to connect to 127.0.0.1:5432" says little without the socket's "Connection refused".
    private static string Reason(Exception exception) =>
        exception is not PostgresException && exception.InnerException is { } inner
            ? $"{exception.Message} ({inner.Message})"
            : exception.Message;
}
