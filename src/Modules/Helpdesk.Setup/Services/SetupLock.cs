namespace Helpdesk.Setup.Services;

/// <summary>Lets one setup run at a time; a second request waits and then finds the site set up.</summary>
public sealed class SetupLock : IDisposable
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);

    public void Dispose() => Semaphore.Dispose();
}
