using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.Services;

/// <summary>Choice options as the settings form shows them: one a line, <c>value | label</c>.</summary>
public static class ChoiceOptionsText
{
    public static string Format(IEnumerable<ChoiceOption> options) =>
        string.Join("\n", options.Select(o => o.Value == o.Label ? o.Value : o.Value + " | " + o.Label));

    /// <summary>The options of the non-empty lines; a line without a bar is its own label.</summary>
    public static IReadOnlyList<ChoiceOption> Parse(string? text) =>
        (text ?? "")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(ParseLine)
            .ToList();

    private static ChoiceOption ParseLine(string line)
    {
        var bar = line.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            return new ChoiceOption(line, line);
        }

        var value = line[..bar].Trim();
        var label = line[(bar + 1)..].Trim();

        return new ChoiceOption(value, label.Length == 0 ? value : label);
    }
}
