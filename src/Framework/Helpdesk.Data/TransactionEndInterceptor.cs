using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Helpdesk.Data;

/// <summary>Lets <see cref="HelpdeskDbContext.AfterTransaction"/> run its actions when a transaction ends.</summary>
public sealed class TransactionEndInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData);

        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData);

        return Task.CompletedTask;
    }

    private static void Ended(TransactionEndEventData eventData) =>
        (eventData.Context as HelpdeskDbContext)?.OnTransactionEnded();
}
