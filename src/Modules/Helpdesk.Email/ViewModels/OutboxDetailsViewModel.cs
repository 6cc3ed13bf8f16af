using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;

namespace Helpdesk.Email.ViewModels;

public sealed class OutboxDetailsViewModel
{
    public required OutboxMessage Message { get; init; }

    public required IReadOnlyList<OutboxAttachmentInfo> Attachments { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
}
