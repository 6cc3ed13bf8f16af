namespace Helpdesk.ContentManagement.Fields;

/// <summary>Text on one line, several lines or as Markdown (see <see cref="TextFieldSettings"/>).</summary>
public sealed class TextField : ContentField
{
    public string? Text { get; set; }
}
