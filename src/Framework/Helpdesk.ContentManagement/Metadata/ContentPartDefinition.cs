using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// A part: a named group of fields that types are built from. A part implemented in code (e.g.
/// <c>TicketPart</c>) has a definition too, for its settings and any fields admins add to it.
/// </summary>
public sealed record ContentPartDefinition
{
    [JsonConstructor]
    public ContentPartDefinition(string name)
    {
        Name = name;
    }

    /// <summary>The technical name; letters, digits and underscores.</summary>
    public string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public ContentSettings Settings { get; init; } = ContentSettings.Empty;

    /// <summary>The fields in the order they were defined (positions order them on screen).</summary>
    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    public ContentFieldDefinition? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
