using Helpdesk.Data;
using Helpdesk.Email.Models;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Email.Outbox;

/// <summary>
/// The dispatcher's access to the outbox. Every change is one conditional UPDATE, so dispatchers
/// on several nodes can work on one database without sending a message twice.
/// </summary>
public sealed class OutboxStore
{
    private const int LastErrorLength = 2000;
    private const int LastResponseLength = 1000;

    private readonly HelpdeskDbContext _db;

    public OutboxStore(HelpdeskDbContext db)
    {
        _db = db;
    }

    private DbSet<OutboxMessage> Messages => _db.Set<OutboxMessage>();

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due messages for <paramref name="claimant"/> until
    /// <paramref name="claimedUntilUtc"/> and returns them with their attachments.
    /// </summary>
    /// <remarks>
    /// The UPDATE repeats the "due" condition, so of two dispatchers that picked the same ids only
    /// the first takes a row: SQLite runs writers one at a time, and PostgreSQL re-checks the WHERE
    /// clause on a row that a concurrent transaction changed before it updates it. Each dispatcher
    /// then reads back only the rows it holds. A claim whose lease ran out (its node died) is due again.
    /// </remarks>
    public async Task<OutboxClaim> ClaimAsync(
        string claimant,
        DateTime nowUtc,
        DateTime claimedUntilUtc,
        int batchSize,
        CancellationToken cancellationToken)
    {
        var candidates = await Due(nowUtc)
            .OrderBy(m => m.NextAttemptUtc)
            .ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new OutboxClaim([], MoreDue: false);
        }

        await Due(nowUtc)
            .Where(m => candidates.Contains(m.Id))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.State, OutboxState.Sending)
                    .SetProperty(m => m.ClaimedBy, claimant)
                    .SetProperty(m => m.ClaimedUntilUtc, claimedUntilUtc),
                cancellationToken);

        var claimed = await Messages.AsNoTracking()
            .Include(m => m.Attachments)
            .Where(m => m.State == OutboxState.Sending && m.ClaimedBy == claimant)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        return new OutboxClaim(claimed, MoreDue: candidates.Count == batchSize);
    }

    /// <summary>Records the delivery; false when the claim was lost meanwhile.</summary>
    public async Task<bool> MarkSentAsync(long id, string claimant, string response, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var updated = await Claimed(id, claimant).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.State, OutboxState.Sent)
                .SetProperty(m => m.SentUtc, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastResponse, Truncate(response, LastResponseLength))
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
            cancellationToken);

        return updated == 1;
    }

    /// <summary>
    /// Records a failed attempt: pending again at <paramref name="nextAttemptUtc"/>, or failed for
    /// good when that is null. False when the claim was lost meanwhile.
    /// </summary>
    public async Task<bool> MarkAttemptFailedAsync(
        long id,
        string claimant,
        string error,
        DateTime? nextAttemptUtc,
        CancellationToken cancellationToken)
    {
        var state = nextAttemptUtc is null ? OutboxState.Failed : OutboxState.Pending;
        var next = nextAttemptUtc ?? DateTime.UtcNow;
        var updated = await Claimed(id, claimant).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.State, state)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, Truncate(error, LastErrorLength))
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
            cancellationToken);

        return updated == 1;
    }

    /// <summary>Gives claimed messages back untried (shutdown, or the lease is running out).</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<long> ids, string claimant, CancellationToken cancellationToken)
    {
        await Messages
            .Where(m => ids.Contains(m.Id) && m.State == OutboxState.Sending && m.ClaimedBy == claimant)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.State, OutboxState.Pending)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                cancellationToken);
    }

    /// <summary>When the next message becomes due: a pending one's next attempt or an expired claim.</summary>
    public async Task<DateTime?> NextDueUtcAsync(CancellationToken cancellationToken)
    {
        var nextAttempt = await Messages
            .Where(m => m.State == OutboxState.Pending)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => (DateTime?)m.NextAttemptUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var claimExpiry = await Messages
            .Where(m => m.State == OutboxState.Sending)
            .OrderBy(m => m.ClaimedUntilUtc)
            .Select(m => m.ClaimedUntilUtc)
            .FirstOrDefaultAsync(cancellationToken);

        return new[] { nextAttempt, claimExpiry }.Min();
    }

    /// <summary>Deletes the messages sent before <paramref name="cutoffUtc"/> with their attachments; returns how many.</summary>
    public async Task<int> DeleteSentBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var expired = Messages.Where(m => m.State == OutboxState.Sent && m.SentUtc < cutoffUtc);

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        await _db.Set<OutboxAttachment>()
            .Where(a => expired.Any(m => m.Id == a.OutboxMessageId))
            .ExecuteDeleteAsync(cancellationToken);
        var deleted = await expired.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return deleted;
    }

    private IQueryable<OutboxMessage> Due(DateTime nowUtc) =>
        Messages.Where(m =>
            (m.State == OutboxState.Pending && m.NextAttemptUtc <= nowUtc)
            || (m.State == OutboxState.Sending && m.ClaimedUntilUtc < nowUtc));

    private IQueryable<OutboxMessage> Claimed(long id, string claimant) =>
        Messages.Where(m => m.Id == id && m.State == OutboxState.Sending && m.ClaimedBy == claimant);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
