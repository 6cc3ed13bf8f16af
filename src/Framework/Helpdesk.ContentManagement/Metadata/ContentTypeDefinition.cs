using System.Globalization;
using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// A content type, e.g. the request type "Report a problem": display name, description,
/// settings (<see cref="ContentTypeSettings"/>) and the parts it is built from. Immutable; change
/// it with <c>with</c> and save it through <see cref="IContentDefinitionManager"/>.
/// </summary>
public sealed record ContentTypeDefinition
{
    [JsonConstructor]
    public ContentTypeDefinition(string name, string displayName)
    {
        Name = name;
        DisplayName = displayName;
    }

    /// <summary>The technical name; letters, digits and underscores.</summary>
    public string Name { get; init; }

    /// <summary>The English name; the fallback when <see cref="DisplayNames"/> has none for a culture.</summary>
    public string DisplayName { get; init; }

    /// <summary>The name in other languages by culture name, e.g. <c>{ "de": "Problem melden" }</c>.</summary>
    public IReadOnlyDictionary<string, string>? DisplayNames { get; init; }

    public string? Description { get; init; }

    public ContentSettings Settings { get; init; } = ContentSettings.Empty;

    public IReadOnlyList<ContentTypePartDefinition> Parts { get; init; } = [];

    /// <summary>The type's settings section (cached).</summary>
    [JsonIgnore]
    public ContentTypeSettings TypeSettings => Settings.Get<ContentTypeSettings>();

    /// <summary>
    /// Every field of every part, ordered by position, then part, then definition order. Filled
    /// in when the type is read through <see cref="IContentDefinitionManager"/>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ContentTypeField> Fields { get; internal init; } = [];

    /// <summary>The name to show in <paramref name="culture"/> (see <see cref="LocalizedNames.Pick"/>).</summary>
    public string DisplayNameFor(CultureInfo culture) => LocalizedNames.Pick(DisplayNames, DisplayName, culture);

    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// A field by <c>Part.Field</c>, or by <c>Field</c> alone: first in <paramref name="nearPart"/>,
    /// then in any part.
    /// </summary>
    public ContentTypeField? FindField(string name, string? nearPart = null)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var (part, field) = (name[..dot], name[(dot + 1)..]);

            return Fields.FirstOrDefault(f => f.PartName == part && f.FieldName == field);
        }

        return Fields.FirstOrDefault(f => f.PartName == nearPart && f.FieldName == name)
            ?? Fields.FirstOrDefault(f => f.FieldName == name);
    }
}
