namespace Helpdesk.Data.Documents;

/// <summary>A row of the documents table: one singleton document as JSON.</summary>
public sealed class DocumentRecord
{
    public required string Id { get; set; }

    public required string Content { get; set; }

    public int Version { get; set; }
}
