using Helpdesk.ContentManagement.Display;

namespace Helpdesk.Contents.ViewModels;

public sealed class NumberFieldEditViewModel : FieldEditorViewModel
{
    /// <summary>The value as typed or stored, in the invariant form number inputs use.</summary>
    public string? Value { get; set; }

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public string Step { get; set; } = "1";

    public string? Placeholder { get; set; }
}
