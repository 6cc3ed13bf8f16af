using System.Collections.Frozen;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// An immutable snapshot of all definitions, with parts resolved into types and fields ordered;
/// shared by every request until a change is saved.
/// </summary>
public sealed class ContentDefinitions
{
    private readonly FrozenDictionary<string, ContentTypeDefinition> _types;
    private readonly FrozenDictionary<string, ContentPartDefinition> _parts;

    public ContentDefinitions(int version, IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts)
    {
        Version = version;
        Parts = parts.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        _parts = Parts.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        Types = types.Select(Resolve).OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        _types = Types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The version of the stored document this snapshot was built from.</summary>
    public int Version { get; }

    /// <summary>All types, ordered by display name.</summary>
    public IReadOnlyList<ContentTypeDefinition> Types { get; }

    /// <summary>All parts, ordered by name.</summary>
    public IReadOnlyList<ContentPartDefinition> Parts { get; }

    public ContentTypeDefinition? FindType(string name) => _types.GetValueOrDefault(name);

    public ContentPartDefinition? FindPart(string name) => _parts.GetValueOrDefault(name);

    private ContentTypeDefinition Resolve(ContentTypeDefinition type)
    {
        var parts = type.Parts
            .Select(p => p with { PartDefinition = FindPart(p.PartName) })
            .ToList();
        var fields = parts
            .SelectMany((part, partIndex) => (part.PartDefinition?.Fields ?? [])
                .Select((field, fieldIndex) => (Field: new ContentTypeField(part, field), partIndex, fieldIndex)))
            .OrderBy(f => f.Field.Settings.Position)
            .ThenBy(f => f.partIndex)
            .ThenBy(f => f.fieldIndex)
            .Select(f => f.Field)
            .ToList();

        return type with { Parts = parts, Fields = fields };
    }
}
