using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.Services;

/// <summary>
/// Choice options as the settings form shows them: one a line, <c>value | label | German label</c>.
/// The German label may be left out, and so may the label when the value is its own label.
/// </summary>
public static class ChoiceOptionsText
{
    private const string Bar = " | ";

    public static string Format(IEnumerable<ChoiceOption> options) => string.Join("\n", options.Select(FormatLine));

    /// <summary>
    /// The options of the non-empty lines; a line without a bar is its own label. Labels in other
    /// languages than German, which the form does not show, are taken over from the option of
    /// the same value in <paramref name="previous"/>.
    /// </summary>
    public static IReadOnlyList<ChoiceOption> Parse(string? text, IReadOnlyList<ChoiceOption>? previous = null)
    {
        var kept = (previous ?? [])
            .GroupBy(o => o.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Labels, StringComparer.Ordinal);

        return (text ?? "")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => ParseLine(line, kept))
            .ToList();
    }

    private static string FormatLine(ChoiceOption option)
    {
        var german = GermanNames.Get(option.Labels);
        if (german is not null)
        {
            return option.Value + Bar + option.Label + Bar + german;
        }

        return option.Value == option.Label ? option.Value : option.Value + Bar + option.Label;
    }

    private static ChoiceOption ParseLine(string line, Dictionary<string, IReadOnlyDictionary<string, string>?> kept)
    {
        var parts = line.Split('|', 3, StringSplitOptions.TrimEntries);
        var value = parts[0];
        var label = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : value;
        var german = parts.Length > 2 ? parts[2] : null;

        return new ChoiceOption(value, label) { Labels = GermanNames.With(kept.GetValueOrDefault(value), german) };
    }
}
