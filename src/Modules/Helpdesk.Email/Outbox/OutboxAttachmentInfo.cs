namespace Helpdesk.Email.Outbox;

/// <summary>An attachment as listed with its message, without the bytes.</summary>
public sealed record OutboxAttachmentInfo(long Id, string FileName, string ContentType, int Length);
