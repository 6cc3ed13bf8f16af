namespace Helpdesk.Setup.Services;

/// <summary>The IANA time zones the server knows, for the setup page's list.</summary>
public static class TimeZones
{
    public const string Default = "Europe/Berlin";

    public static IReadOnlyList<string> All { get; } = Load();

    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static List<string> Load()
    {
        var ids = TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.HasIanaId ? zone.Id : IanaIdOf(zone.Id))
            .OfType<string>()
            .Append("UTC")
            .Distinct(StringComparer.Ordinal)
            .Where(IsKnown)
            .Order(StringComparer.Ordinal)
            .ToList();

        return ids;
    }

    private static string? IanaIdOf(string windowsId) =>
        TimeZoneInfo.TryConvertWindowsIdToIanaId(windowsId, out var ianaId) ? ianaId : null;
}
