using System.Globalization;

namespace Helpdesk.Admin.Services;

/// <summary>The IANA time zones of this server, ordered by UTC offset, as a pick list.</summary>
public static class TimeZoneOptions
{
    private static readonly Lazy<IReadOnlyList<TimeZoneOption>> Options = new(Load);

    public static IReadOnlyList<TimeZoneOption> All => Options.Value;

    private static List<TimeZoneOption> Load() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Where(zone => zone.HasIanaId)
            .OrderBy(zone => zone.BaseUtcOffset)
            .ThenBy(zone => zone.Id, StringComparer.Ordinal)
            .Select(zone => new TimeZoneOption(zone.Id, Label(zone)))
            .ToList();

    private static string Label(TimeZoneInfo zone)
    {
        var offset = zone.BaseUtcOffset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";

        return string.Format(CultureInfo.InvariantCulture, "(UTC{0}{1:hh\\:mm}) {2}", sign, offset.Duration(), zone.Id);
    }
}
