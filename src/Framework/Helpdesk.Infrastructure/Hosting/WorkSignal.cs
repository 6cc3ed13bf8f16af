namespace Helpdesk.Infrastructure.Hosting;

/// <summary>
/// Wakes a background worker of this node when new work was committed, so it starts at once
/// instead of at its next poll. Each kind of work derives its own signal (one singleton each).
/// </summary>
public abstract class WorkSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>
    /// Completes at the next <see cref="Notify"/>. Take it before looking for work, so a signal
    /// that arrives meanwhile is not lost.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
