using Helpdesk.Email.Models;

namespace Helpdesk.Email.Outbox;

/// <summary>A line of the Outbox page: the message without its bodies and attachments.</summary>
public sealed record OutboxSummary(
    long Id,
    string MessageId,
    OutboxState State,
    string ToAddresses,
    string Subject,
    int Attempts,
    DateTime CreatedUtc,
    DateTime NextAttemptUtc,
    DateTime? SentUtc,
    string? LastError);
