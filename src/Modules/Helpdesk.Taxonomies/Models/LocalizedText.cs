namespace Helpdesk.Taxonomies.Models;

/// <summary>Picks the text of a language from texts by language, as terms and taxonomies hold them.</summary>
public static class LocalizedText
{
    /// <summary>
    /// The text in <paramref name="language"/>, else in <paramref name="fallbackLanguage"/>, else
    /// any text, else <paramref name="otherwise"/>.
    /// </summary>
    public static string Pick(
        IReadOnlyDictionary<string, string> texts,
        string language,
        string fallbackLanguage,
        string otherwise)
    {
        if (texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        if (texts.TryGetValue(fallbackLanguage, out text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        return texts.Values.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? otherwise;
    }
}
