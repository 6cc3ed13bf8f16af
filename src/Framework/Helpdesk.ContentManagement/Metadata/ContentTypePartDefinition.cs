using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>A part as used by a type: usually named like the part, with per-type settings.</summary>
public sealed record ContentTypePartDefinition
{
    /// <param name="name">The name of the part within the type (the JSON key and input prefix).</param>
    /// <param name="partName">The part definition used; the same as <paramref name="name"/> when omitted.</param>
    [JsonConstructor]
    public ContentTypePartDefinition(string name, string? partName = null)
    {
        Name = name;
        PartName = string.IsNullOrEmpty(partName) ? name : partName;
    }

    public string Name { get; init; }

    public string PartName { get; init; }

    public ContentSettings Settings { get; init; } = ContentSettings.Empty;

    /// <summary>
    /// The part's definition, filled in when the type is read through
    /// <see cref="IContentDefinitionManager"/>; ignored when a type is saved.
    /// </summary>
    [JsonIgnore]
    public ContentPartDefinition? PartDefinition { get; internal init; }

    [JsonIgnore]
    public ContentTypePartSettings TypePartSettings => Settings.Get<ContentTypePartSettings>();
}
