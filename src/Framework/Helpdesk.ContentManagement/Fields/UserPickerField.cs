namespace Helpdesk.ContentManagement.Fields;

/// <summary>The ids of the chosen users.</summary>
public sealed class UserPickerField : ContentField
{
    public string[] UserIds { get; set; } = [];
}
