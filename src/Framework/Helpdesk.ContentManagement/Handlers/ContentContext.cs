using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Handlers;

/// <summary>What a content handler hears about: the item and its type.</summary>
public class ContentContext
{
    public ContentContext(ContentItem contentItem, ContentTypeDefinition? definition, CancellationToken cancellationToken)
    {
        ContentItem = contentItem;
        Definition = definition;
        CancellationToken = cancellationToken;
    }

    public ContentItem ContentItem { get; }

    /// <summary>The item's type; null only for items whose type was deleted from the definitions.</summary>
    public ContentTypeDefinition? Definition { get; }

    public CancellationToken CancellationToken { get; }
}
