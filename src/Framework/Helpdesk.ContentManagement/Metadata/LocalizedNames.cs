using System.Globalization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// Picks a name for a culture from names kept per culture (<c>{ "de": "Problem melden" }</c>)
/// beside an English name that is the fallback. Definitions are data admins and recipes write,
/// so their names cannot go through the localisation files of a module.
/// </summary>
public static class LocalizedNames
{
    /// <summary>
    /// The name for <paramref name="culture"/>, else for its parent cultures (<c>de-AT</c>, then
    /// <c>de</c>), else <paramref name="fallback"/>. Blank names count as missing.
    /// </summary>
    public static string Pick(IReadOnlyDictionary<string, string>? names, string fallback, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (names is null || names.Count == 0)
        {
            return fallback;
        }

        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            if (names.TryGetValue(current.Name, out var name) && !string.IsNullOrWhiteSpace(name))
            {
                return name;
            }
        }

        return fallback;
    }
}
