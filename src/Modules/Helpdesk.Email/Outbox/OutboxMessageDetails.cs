using Helpdesk.Email.Models;

namespace Helpdesk.Email.Outbox;

/// <summary>A message as the admin views it: every stored part, attachments listed without their bytes.</summary>
public sealed record OutboxMessageDetails(OutboxMessage Message, IReadOnlyList<OutboxAttachmentInfo> Attachments);
