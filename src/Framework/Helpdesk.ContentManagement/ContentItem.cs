using System.Text.Json;
using System.Text.Json.Nodes;
using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.ContentManagement;

/// <summary>
/// One version of a content item: its metadata as columns and its parts and fields as a JSON
/// object keyed by part name, then field name (<c>Content["ReportAProblem"]["Keyword"]["Text"]</c>).
/// </summary>
public sealed class ContentItem
{
    /// <summary>The database row of this version; 0 until the version is stored.</summary>
    public int Id { get; set; }

    /// <summary>The item's id, the same for all its versions.</summary>
    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>The text lists and links show for the item, e.g. a ticket's keyword.</summary>
    public string DisplayText { get; set; } = "";

    /// <summary>The id of the user the item belongs to (for tickets, the customer).</summary>
    public string? Owner { get; set; }

    /// <summary>The id of the user who saved this version.</summary>
    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>True for the version visitors see.</summary>
    public bool Published { get; set; }

    /// <summary>True for the newest version, published or draft.</summary>
    public bool Latest { get; set; }

    public JsonObject Content { get; set; } = [];

    /// <summary>The JSON object of a part, or null when the item has no data for it yet.</summary>
    public JsonObject? GetPart(string partName) => Content[partName] as JsonObject;

    /// <summary>The part's JSON object, created empty when missing.</summary>
    public JsonObject GetOrCreatePart(string partName)
    {
        if (Content[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[partName] = part;

        return part;
    }

    /// <summary>A copy of a field's value, or null when the item holds none.</summary>
    public TField? GetField<TField>(string partName, string fieldName)
        where TField : ContentField =>
        GetPart(partName)?[fieldName] is JsonObject node ? node.Deserialize<TField>(ContentJson.Options) : null;

    /// <summary>Stores the field's value, replacing what the item held.</summary>
    public void SetField<TField>(string partName, string fieldName, TField field)
        where TField : ContentField
    {
        ArgumentNullException.ThrowIfNull(field);
        GetOrCreatePart(partName)[fieldName] = JsonSerializer.SerializeToNode(field, ContentJson.Options);
    }

    public bool RemoveField(string partName, string fieldName) => GetPart(partName)?.Remove(fieldName) ?? false;

    /// <summary>
    /// A copy of a part implemented in code (e.g. <c>TicketPart</c>), read from the part of the
    /// same name unless another is given; null when the item has no data for it.
    /// </summary>
    public TPart? As<TPart>(string? partName = null)
        where TPart : class =>
        GetPart(partName ?? typeof(TPart).Name)?.Deserialize<TPart>(ContentJson.Options);

    /// <summary>
    /// Writes a part implemented in code into the item. Its properties replace the stored ones;
    /// fields the part holds beside them (added by admins) are kept.
    /// </summary>
    public void Apply<TPart>(TPart part, string? partName = null)
        where TPart : class
    {
        ArgumentNullException.ThrowIfNull(part);
        var target = GetOrCreatePart(partName ?? typeof(TPart).Name);
        var values = JsonSerializer.SerializeToNode(part, ContentJson.Options)!.AsObject();
        foreach (var (name, value) in values.ToList())
        {
            values.Remove(name);
            target[name] = value;
        }
    }

    /// <summary>A deep copy, e.g. to start a new version from this one.</summary>
    public ContentItem Clone() => new()
    {
        Id = Id,
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        Published = Published,
        Latest = Latest,
        Content = (JsonObject)Content.DeepClone(),
    };

    public override string ToString() => $"{ContentType} {ContentItemId}";
}
