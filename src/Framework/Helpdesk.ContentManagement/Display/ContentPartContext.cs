using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Display;

/// <summary>A part of the item being displayed or edited.</summary>
public sealed class ContentPartContext
{
    public ContentPartContext(ContentDisplayContext content, ContentTypePartDefinition typePart)
    {
        Content = content;
        TypePart = typePart;
    }

    public ContentDisplayContext Content { get; }

    public ContentTypePartDefinition TypePart { get; }

    public ContentItem Item => Content.Item;

    /// <summary>The part's name in the type: prefix of its inputs (<c>TicketPart.Priority</c>).</summary>
    public string InputPrefix => TypePart.Name;

    public string InputName(string property) => TypePart.Name + "." + property;

    public void AddError(string property, string message) => Content.AddError(InputName(property), message);
}
