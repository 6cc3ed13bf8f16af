namespace Helpdesk.Email.Models;

/// <summary>A file of an outbox message, kept in its own table so lists never load the bytes.</summary>
public sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public int Length { get; set; }

    public required byte[] Content { get; set; }
}
