namespace Helpdesk.Email.Outbox;

/// <summary>
/// Wakes the dispatchers of this node when a transaction that queued mail has ended, so a new
/// message leaves at once instead of at the next poll.
/// </summary>
public sealed class OutboxSignal
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
