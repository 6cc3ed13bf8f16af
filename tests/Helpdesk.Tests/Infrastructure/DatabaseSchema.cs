using System.Data.Common;
using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>Reads what the migrations really created, from the database's own catalogue.</summary>
public static class DatabaseSchema
{
    public static async Task<bool> TableExistsAsync(HelpdeskDbContext db, string table) =>
        (await ColumnsAsync(db, table)).Count > 0;

    /// <summary>The column names of a table; empty when the table does not exist.</summary>
    public static async Task<IReadOnlySet<string>> ColumnsAsync(HelpdeskDbContext db, string table)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table"
            : "SELECT name FROM pragma_table_info(@table)";

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            AddParameter(command, "@table", table);

            return await ReadStringsAsync(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<HashSet<string>> ReadStringsAsync(DbCommand command)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
