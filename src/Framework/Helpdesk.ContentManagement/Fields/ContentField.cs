namespace Helpdesk.ContentManagement.Fields;

/// <summary>
/// The value of a field as stored in an item (<c>{ "Text": "…" }</c>). Field values are plain
/// classes read from and written to the item's JSON with <see cref="ContentItem.GetField{TField}"/>
/// and <see cref="ContentItem.SetField{TField}"/>; the class name is the field type's name.
/// </summary>
public abstract class ContentField
{
}
