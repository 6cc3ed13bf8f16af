using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Data;

namespace Helpdesk.ContentManagement.Indexing;

/// <summary>
/// One item after a change: its latest and its published version as they are now. Both are
/// null when the item was removed, so the provider deletes its rows.
/// </summary>
public sealed class IndexContext
{
    public required string ContentItemId { get; init; }

    public required string ContentType { get; init; }

    public ContentTypeDefinition? Definition { get; init; }

    public ContentItem? Latest { get; init; }

    public ContentItem? Published { get; init; }

    public bool IsRemoved => Latest is null && Published is null;

    /// <summary>The context of the save: add, change or remove index rows here and do not save.</summary>
    public required HelpdeskDbContext Db { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
