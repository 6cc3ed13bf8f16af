namespace Helpdesk.ContentManagement.Fields;

/// <summary>The content item ids of the chosen items.</summary>
public sealed class ContentPickerField : ContentField
{
    public string[] ContentItemIds { get; set; } = [];
}
