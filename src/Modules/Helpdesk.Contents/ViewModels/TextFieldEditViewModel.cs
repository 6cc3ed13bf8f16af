using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.ViewModels;

public sealed class TextFieldEditViewModel : FieldEditorViewModel
{
    public string? Text { get; set; }

    public TextEditor Editor { get; set; }

    public int? MaxLength { get; set; }

    public string? Placeholder { get; set; }
}
