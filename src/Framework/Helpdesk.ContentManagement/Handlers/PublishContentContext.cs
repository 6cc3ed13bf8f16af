using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Handlers;

/// <summary>An item being published or unpublished.</summary>
public sealed class PublishContentContext : ContentContext
{
    public PublishContentContext(
        ContentItem contentItem,
        ContentItem? previousPublished,
        ContentTypeDefinition? definition,
        CancellationToken cancellationToken)
        : base(contentItem, definition, cancellationToken)
    {
        PreviousPublished = previousPublished;
    }

    /// <summary>The version that was published before, if another one was.</summary>
    public ContentItem? PreviousPublished { get; }
}
