using Helpdesk.Data;
using Helpdesk.Email.Models;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Email.Outbox;

public sealed class OutboxService : IOutboxService
{
    private readonly HelpdeskDbContext _db;
    private readonly OutboxSignal _signal;

    public OutboxService(HelpdeskDbContext db, OutboxSignal signal)
    {
        _db = db;
        _signal = signal;
    }

    private IQueryable<OutboxMessage> Messages => _db.Set<OutboxMessage>().AsNoTracking();

    public async Task<OutboxPage> ListAsync(
        OutboxState? state,
        int page,
        int pageSize,
        CancellationToken cancellationToken = default)
    {
        var query = state is null ? Messages : Messages.Where(m => m.State == state);
        var total = await query.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, lastPage);

        var items = await query
            .OrderByDescending(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new OutboxSummary(
                m.Id, m.MessageId, m.State, m.ToAddresses, m.Subject, m.Attempts,
                m.CreatedUtc, m.NextAttemptUtc, m.SentUtc, m.LastError))
            .ToListAsync(cancellationToken);

        return new OutboxPage(items, total, page, pageSize);
    }

    public async Task<IReadOnlyDictionary<OutboxState, int>> CountByStateAsync(CancellationToken cancellationToken = default)
    {
        var counts = await Messages
            .GroupBy(m => m.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);

        return Enum.GetValues<OutboxState>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    public async Task<OutboxMessageDetails?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        var message = await Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var attachments = await _db.Set<OutboxAttachment>().AsNoTracking()
            .Where(a => a.OutboxMessageId == id)
            .OrderBy(a => a.Id)
            .Select(a => new OutboxAttachmentInfo(a.Id, a.FileName, a.ContentType, a.Length))
            .ToListAsync(cancellationToken);

        return new OutboxMessageDetails(message, attachments);
    }

    public Task<OutboxAttachment?> FindAttachmentAsync(
        long messageId,
        long attachmentId,
        CancellationToken cancellationToken = default) =>
        _db.Set<OutboxAttachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.OutboxMessageId == messageId, cancellationToken);

    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default) =>
        await RetryAsync(_db.Set<OutboxMessage>().Where(m => m.Id == id), cancellationToken) > 0;

    public Task<int> RetryAllFailedAsync(CancellationToken cancellationToken = default) =>
        RetryAsync(_db.Set<OutboxMessage>(), cancellationToken);

    private async Task<int> RetryAsync(IQueryable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var updated = await messages
            .Where(m => m.State == OutboxState.Failed)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.State, OutboxState.Pending)
                    .SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptUtc, now),
                cancellationToken);
        if (updated > 0)
        {
            _db.AfterTransaction(_signal.Notify);
        }

        return updated;
    }
}
