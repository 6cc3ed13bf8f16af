using System.Globalization;
using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>A field of a part: its name, its type (e.g. <c>TextField</c>) and its settings.</summary>
public sealed record ContentFieldDefinition
{
    [JsonConstructor]
    public ContentFieldDefinition(string name, string fieldType)
    {
        Name = name;
        FieldType = fieldType;
    }

    /// <summary>The technical name, unique within the part; letters, digits and underscores.</summary>
    public string Name { get; init; }

    /// <summary>The field type's name, e.g. <c>TextField</c>, <c>TaxonomyField</c>.</summary>
    public string FieldType { get; init; }

    public ContentSettings Settings { get; init; } = ContentSettings.Empty;

    /// <summary>The settings every field has (cached).</summary>
    [JsonIgnore]
    public ContentFieldSettings Common => Settings.Get<ContentFieldSettings>();

    /// <summary>The display name, or the technical name when none is set.</summary>
    [JsonIgnore]
    public string DisplayName => string.IsNullOrWhiteSpace(Common.DisplayName) ? Name : Common.DisplayName;

    /// <summary>The label for <paramref name="culture"/>, falling back to <see cref="DisplayName"/>.</summary>
    public string DisplayNameFor(CultureInfo culture) => LocalizedNames.Pick(Common.DisplayNames, DisplayName, culture);
}
