using Helpdesk.Email.Models;

namespace Helpdesk.Email.Outbox;

/// <summary>What the admin Outbox page reads and does.</summary>
public interface IOutboxService
{
    /// <summary>A page of messages (1-based), newest first, of one state or all.</summary>
    Task<OutboxPage> ListAsync(OutboxState? state, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<OutboxState, int>> CountByStateAsync(CancellationToken cancellationToken = default);

    Task<OutboxMessageDetails?> FindAsync(long id, CancellationToken cancellationToken = default);

    Task<OutboxAttachment?> FindAttachmentAsync(long messageId, long attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Puts a failed message back for sending now, with a fresh count of attempts; false when it is not failed.</summary>
    Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Puts every failed message back for sending now, as <see cref="RetryAsync"/> does; returns how many.</summary>
    Task<int> RetryAllFailedAsync(CancellationToken cancellationToken = default);
}
