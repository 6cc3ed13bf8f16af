using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Helpdesk.Data;

/// <summary>Lets <see cref="HelpdeskDbContext.AfterTransaction(Action{bool})"/> run its actions when a transaction ends.</summary>
public sealed class TransactionEndInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData, committed: true);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: true);

        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData, committed: false);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: false);

        return Task.CompletedTask;
    }

    private static void Ended(TransactionEndEventData eventData, bool committed) =>
        (eventData.Context as HelpdeskDbContext)?.OnTransactionEnded(committed);
}
