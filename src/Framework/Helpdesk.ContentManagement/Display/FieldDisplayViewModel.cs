namespace Helpdesk.ContentManagement.Display;

/// <summary>What every field display shows: the label.</summary>
public class FieldDisplayViewModel
{
    public string FieldName { get; set; } = "";

    public string DisplayName { get; set; } = "";
}
