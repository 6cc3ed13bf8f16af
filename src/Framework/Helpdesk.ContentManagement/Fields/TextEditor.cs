namespace Helpdesk.ContentManagement.Fields;

public enum TextEditor
{
    SingleLine,
    MultiLine,

    /// <summary>Several lines of Markdown, shown as sanitised HTML.</summary>
    Markdown,
}
