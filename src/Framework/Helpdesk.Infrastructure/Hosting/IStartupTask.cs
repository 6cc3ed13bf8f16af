namespace Helpdesk.Infrastructure.Hosting;

/// <summary>
/// Work that must finish after the database is migrated and before the first request is
/// served, such as an unattended setup. Runs when its feature is enabled.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
