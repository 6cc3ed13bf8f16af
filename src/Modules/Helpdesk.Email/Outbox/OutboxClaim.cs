using Helpdesk.Email.Models;

namespace Helpdesk.Email.Outbox;

/// <summary>
/// The messages one dispatcher claimed. <see cref="MoreDue"/> is true when it found a full batch
/// of due messages: more may be waiting, even if another dispatcher won some of them.
/// </summary>
public sealed record OutboxClaim(IReadOnlyList<OutboxMessage> Messages, bool MoreDue);
