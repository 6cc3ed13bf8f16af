namespace Helpdesk.Email.Models;

/// <summary>A row of the outbox: one e-mail with everything needed to send it, and its delivery state.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The Message-Id header (without angle brackets), fixed when the message is queued.</summary>
    public required string MessageId { get; set; }

    public OutboxState State { get; set; }

    /// <summary>The recipients as an address list (<c>"Anna Muster" &lt;anna@example.com&gt;, ...</c>).</summary>
    public required string ToAddresses { get; set; }

    public string? CcAddresses { get; set; }

    public string? ReplyToAddresses { get; set; }

    public required string Subject { get; set; }

    public string? HtmlBody { get; set; }

    public string? TextBody { get; set; }

    /// <summary>Extra headers as a JSON object, or null.</summary>
    public string? Headers { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>What the server (or the pickup folder) answered when the message was delivered.</summary>
    public string? LastResponse { get; set; }

    /// <summary>The dispatcher that claimed the message while it is <see cref="OutboxState.Sending"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>See <see cref="EmailMessage.IsConfidential"/>.</summary>
    public bool IsConfidential { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];
}
