using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>
/// The translations of every assembly that embeds <c>Localization/{culture}.json</c> under the
/// logical name <c>Helpdesk.Localization.{culture}.json</c>: a flat object mapping the English
/// text (the key used in code and views) to its translation.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    public TranslationCatalog(IEnumerable<Assembly> assemblies)
    {
        var merged = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var culture in SupportedCultures.Names)
            {
                Merge(merged, culture, assembly);
            }
        }

        _byCulture = merged.ToFrozenDictionary(
            c => c.Key,
            c => c.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    public string? Find(string cultureName, string key) =>
        _byCulture.TryGetValue(cultureName, out var texts) && texts.TryGetValue(key, out var text) ? text : null;

    public IReadOnlyCollection<string> Keys(string cultureName) =>
        _byCulture.TryGetValue(cultureName, out var texts) ? texts.Keys : [];

    private static void Merge(Dictionary<string, Dictionary<string, string>> merged, string culture, Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream($"Helpdesk.Localization.{culture}.json");
        if (stream is null)
        {
            return;
        }

        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidDataException($"{assembly.GetName().Name}: Localization/{culture}.json is empty.");
        if (!merged.TryGetValue(culture, out var target))
        {
            target = new Dictionary<string, string>(StringComparer.Ordinal);
            merged[culture] = target;
        }

        foreach (var (key, value) in texts)
        {
            target[key] = value;
        }
    }
}
