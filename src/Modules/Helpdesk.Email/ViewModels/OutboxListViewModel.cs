using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;

namespace Helpdesk.Email.ViewModels;

public sealed class OutboxListViewModel
{
    public required OutboxPage Page { get; init; }

    /// <summary>The state filtered by, or null for all.</summary>
    public OutboxState? State { get; init; }

    public required IReadOnlyDictionary<OutboxState, int> Counts { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
}
