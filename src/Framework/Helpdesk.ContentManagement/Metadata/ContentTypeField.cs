using System.Globalization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// A field as it appears in a type: the part it belongs to and its definition, with the values
/// the hot path needs computed once per definitions snapshot.
/// </summary>
public sealed class ContentTypeField
{
    public ContentTypeField(ContentTypePartDefinition typePart, ContentFieldDefinition field)
    {
        TypePart = typePart;
        Definition = field;
        InputPrefix = typePart.Name + "." + field.Name;
        Settings = field.Common;
    }

    public ContentTypePartDefinition TypePart { get; }

    public ContentFieldDefinition Definition { get; }

    public string PartName => TypePart.Name;

    public string FieldName => Definition.Name;

    public string FieldType => Definition.FieldType;

    /// <summary>
    /// <c>Part.Field</c>: the prefix of the field's editor inputs and validation keys
    /// (<c>ReportAProblem.Keyword.Text</c>) and its JSON path in the item.
    /// </summary>
    public string InputPrefix { get; }

    public ContentFieldSettings Settings { get; }

    /// <summary>The label in the current UI culture: editors, displays and validation messages use it.</summary>
    public string DisplayName => Definition.DisplayNameFor(CultureInfo.CurrentUICulture);

    public bool IsVisibleTo(ContentAudience audience) =>
        audience == ContentAudience.Staff || Settings.VisibleToCustomers;

    public override string ToString() => InputPrefix;
}
