namespace Helpdesk.ContentManagement.Records;

/// <summary>
/// A row of the <c>ContentItemIndex</c> table: the latest and the published version of every
/// item (one row when they are the same), for lists and counts that never read JSON.
/// Written by the index provider in the same transaction as the item.
/// </summary>
public sealed class ContentItemIndex
{
    public int Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string ContentType { get; set; }

    public string DisplayText { get; set; } = "";

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public bool Published { get; set; }

    public bool Latest { get; set; }
}
