using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Helpdesk.Data;

/// <summary>
/// Every DateTime the site stores is UTC. Columns are plain timestamps on both providers, so
/// the kind is dropped on the way in and restored on the way out.
/// </summary>
public sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(
            value => DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Unspecified),
            value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
    {
    }
}
