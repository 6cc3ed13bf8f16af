namespace Helpdesk.Email.Models;

/// <summary>A file sent with an e-mail; the outbox keeps its bytes until the message is sent.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
