using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Helpdesk.Contents.Services;

/// <summary>Turns a display name ("Seriennummer des Geräts") into a technical name ("SeriennummerDesGeraets").</summary>
public static partial class TechnicalName
{
    private const int MaxLength = 100;

    public static string From(string? displayName)
    {
        var words = NonAlphanumeric().Split(Transliterate(displayName ?? ""))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]);
        var name = string.Concat(words).TrimStart("0123456789".ToCharArray());

        return name.Length <= MaxLength ? name : name[..MaxLength];
    }

    // German umlauts keep their sound (ä → ae); other accents lose their mark (é → e).
    private static string Transliterate(string text)
    {
        var replaced = text
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal)
            .Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
        var builder = new StringBuilder(replaced.Length);
        foreach (var c in replaced.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
