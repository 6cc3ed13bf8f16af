using Microsoft.Data.Sqlite;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>A fresh folder under the system's temp folder, deleted again on dispose.</summary>
public sealed class TestDirectory : IDisposable
{
    public TestDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "helpdesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        // Pooled SQLite connections keep the database file open; release them before deleting.
        SqliteConnection.ClearAllPools();

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is shutting down only leaves litter in the
            // temp folder; it must not turn a passing test into a failing one.
        }
    }
}
