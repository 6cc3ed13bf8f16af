using Helpdesk.ContentManagement.Display;

namespace Helpdesk.Contents.ViewModels;

public sealed class BooleanFieldEditViewModel : FieldEditorViewModel
{
    public bool Checked { get; set; }
}
