using Helpdesk.ContentManagement.Metadata;
using Microsoft.Extensions.Primitives;

namespace Helpdesk.ContentManagement.Display;

/// <summary>A field of the item being displayed, edited or validated.</summary>
public sealed class ContentFieldContext
{
    public ContentFieldContext(ContentDisplayContext content, ContentTypeField field)
    {
        Content = content;
        Field = field;
    }

    public ContentDisplayContext Content { get; }

    public ContentTypeField Field { get; }

    public ContentItem Item => Content.Item;

    /// <summary>For an editor: the field's condition does not hold now, so it starts hidden.</summary>
    public bool HiddenByCondition { get; init; }

    /// <summary>For an editor: the input prefix of the field the condition looks at.</summary>
    public string? ConditionFieldPrefix { get; init; }

    /// <summary>The full input name of one of the field's values, e.g. <c>ReportAProblem.Keyword.Text</c>.</summary>
    public string InputName(string property) => Field.InputPrefix + "." + property;

    /// <summary>The posted values of one of the field's inputs (none for a fresh editor).</summary>
    public StringValues Posted(string property) =>
        Content.Updater is { } updater ? updater.Form[InputName(property)] : StringValues.Empty;

    public void AddError(string property, string message) => Content.AddError(InputName(property), message);
}
