namespace Helpdesk.ContentManagement.Records;

/// <summary>A row of the <c>ContentItems</c> table: one version of an item, its content as JSON text.</summary>
public sealed class ContentItemRecord
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

    public required string Content { get; set; }
}
