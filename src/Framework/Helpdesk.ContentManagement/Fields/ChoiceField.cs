namespace Helpdesk.ContentManagement.Fields;

/// <summary>The values of the chosen options (one, or several with a multi-select editor).</summary>
public sealed class ChoiceField : ContentField
{
    public string[] Values { get; set; } = [];
}
