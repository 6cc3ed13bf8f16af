using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.ViewModels;

/// <summary>The editor of a choice list, user picker or content picker.</summary>
public sealed class PickerFieldEditViewModel : FieldEditorViewModel
{
    public IReadOnlyList<PickerOption> Options { get; set; } = [];

    public bool Multiple { get; set; }

    /// <summary>How a choice list is shown; pickers always use a list box.</summary>
    public ChoiceEditor Editor { get; set; }

    /// <summary>False when nothing can be chosen because the source (users) is not available.</summary>
    public bool Available { get; set; } = true;
}
