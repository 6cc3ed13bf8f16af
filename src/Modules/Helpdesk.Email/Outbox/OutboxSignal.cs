using Helpdesk.Infrastructure.Hosting;

namespace Helpdesk.Email.Outbox;

/// <summary>
/// Wakes the dispatchers of this node when a transaction that queued mail has ended, so a new
/// message leaves at once instead of at the next poll.
/// </summary>
public sealed class OutboxSignal : WorkSignal;
