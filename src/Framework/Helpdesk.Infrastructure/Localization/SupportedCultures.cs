using System.Globalization;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>The languages the UI is complete in.</summary>
public static class SupportedCultures
{
    public const string German = "de";
    public const string English = "en";

    public static IReadOnlyList<string> Names { get; } = [German, English];

    public static IReadOnlyList<CultureInfo> All { get; } = Names.Select(CultureInfo.GetCultureInfo).ToList();

    public static bool IsSupported(string? name) => name is not null && Names.Contains(name);
}
