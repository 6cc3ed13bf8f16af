using System.Globalization;
using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Fields;

/// <summary>An option of a choice list: the value stored and the label shown (English, the fallback).</summary>
public sealed record ChoiceOption(string Value, string Label)
{
    /// <summary>The label in other languages by culture name, e.g. <c>{ "de": "Hoch" }</c>.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public string LabelFor(CultureInfo culture) => LocalizedNames.Pick(Labels, Label, culture);
}
