using Helpdesk.ContentManagement.Display;

namespace Helpdesk.Contents.ViewModels;

/// <summary>A date or date-time editor; the value in the form the browser's date inputs use.</summary>
public sealed class DateFieldEditViewModel : FieldEditorViewModel
{
    public string? Value { get; set; }

    /// <summary>For date-times: the site's time zone the value is in, e.g. <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; set; }
}
