using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Display;

/// <summary>An item's display or editor: its shapes by zone, each zone ordered by position.</summary>
public sealed class ContentDisplayModel
{
    private static readonly IReadOnlyList<ContentShape> None = [];
    private readonly Dictionary<string, List<ContentShape>> _zones = new(StringComparer.Ordinal);

    public ContentDisplayModel(
        ContentItem item,
        ContentTypeDefinition type,
        string displayType,
        ContentAudience audience,
        IEnumerable<ContentShape> shapes)
    {
        Item = item;
        Type = type;
        DisplayType = displayType;
        Audience = audience;
        Shapes = shapes.OrderBy(s => s.Position).ToList();
        foreach (var shape in Shapes)
        {
            if (!_zones.TryGetValue(shape.Zone, out var zone))
            {
                zone = [];
                _zones[shape.Zone] = zone;
            }

            zone.Add(shape);
        }
    }

    public ContentItem Item { get; }

    public ContentTypeDefinition Type { get; }

    public string DisplayType { get; }

    public ContentAudience Audience { get; }

    /// <summary>All shapes, ordered by position.</summary>
    public IReadOnlyList<ContentShape> Shapes { get; }

    public IEnumerable<string> ZoneNames => _zones.Keys;

    /// <summary>The shapes of a zone in position order; empty for a zone nothing was put in.</summary>
    public IReadOnlyList<ContentShape> Zone(string name) => _zones.TryGetValue(name, out var zone) ? zone : None;
}
