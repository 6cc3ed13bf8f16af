using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Helpdesk.Data;

/// <summary>
/// Gives SQLite's <c>lower()</c> and <c>upper()</c> the full Unicode case mapping on every
/// connection the context creates. SQLite's own functions fold ASCII letters only, so a search
/// for "özt" missed "Öztürk"; PostgreSQL's functions already know every letter.
/// </summary>
public sealed class SqliteUnicodeCaseInterceptor : DbConnectionInterceptor
{
    public static SqliteUnicodeCaseInterceptor Instance { get; } = new();

    private SqliteUnicodeCaseInterceptor()
    {
    }

    // A function added to a closed connection is added again by every Open, pooled or not.
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        AddCaseFunctions(result);

        return result;
    }

    private static void AddCaseFunctions(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        sqlite.CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
    }
}
