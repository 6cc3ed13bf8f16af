using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.ViewModels;

public sealed class TextFieldDisplayViewModel : FieldDisplayViewModel
{
    public string Text { get; set; } = "";

    public TextEditor Editor { get; set; }

    /// <summary>For Markdown: the rendered and sanitised HTML.</summary>
    public string? SafeHtml { get; set; }
}
