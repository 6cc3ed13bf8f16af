using Helpdesk.Infrastructure.Localization;

namespace Helpdesk.Contents.Services;

/// <summary>
/// The German name of a definition (type, field, choice option) as the admin forms edit it,
/// beside the English name. Names in other languages (from a recipe) are not shown, so every
/// change keeps them.
/// </summary>
public static class GermanNames
{
    public static string? Get(IReadOnlyDictionary<string, string>? names) =>
        names is not null && names.TryGetValue(SupportedCultures.German, out var name) && !string.IsNullOrWhiteSpace(name)
            ? name
            : null;

    /// <summary>The names with the German one set, or removed when blank; null when no name is left.</summary>
    public static IReadOnlyDictionary<string, string>? With(IReadOnlyDictionary<string, string>? names, string? german)
    {
        var result = names is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(names, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(german))
        {
            result.Remove(SupportedCultures.German);
        }
        else
        {
            result[SupportedCultures.German] = german.Trim();
        }

        return result.Count == 0 ? null : result;
    }
}
