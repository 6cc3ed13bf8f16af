using Helpdesk.Email.Models;

namespace Helpdesk.Email.Services;

/// <summary>
/// How modules send e-mail: the message goes into the outbox and a background dispatcher sends it.
/// </summary>
/// <remarks>
/// <para><see cref="QueueAsync"/> adds the outbox row to the scoped <c>HelpdeskDbContext</c> and calls
/// <c>SaveChangesAsync</c>, which also saves whatever else the caller has changed in that context.
/// When the caller has a transaction open, the row commits or rolls back with it: a ticket saved
/// and its confirmation mail are one unit, and a rolled back change never sends mail. Without a
/// transaction the row is committed at once.</para>
/// <para>The dispatcher is woken when the transaction ends. Failed deliveries are retried with
/// back-off (<see cref="EmailOptions.RetryDelays"/>); then the message is marked failed and shown on
/// the admin Outbox page.</para>
/// <para>Delivery is at least once: if a node dies after the server accepted a message but before
/// the outbox recorded it, the message is sent again once its claim expires. It carries the same
/// Message-Id both times, which receiving systems use to drop the duplicate.</para>
/// </remarks>
public interface IEmailService
{
    /// <summary>
    /// Validates the message and puts it into the outbox. Returns its Message-Id (without angle brackets).
    /// Throws <see cref="ArgumentException"/> for an invalid message and
    /// <see cref="InvalidOperationException"/> while the e-mail feature is disabled.
    /// </summary>
    Task<string> QueueAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
