namespace Helpdesk.ContentManagement.Fields;

/// <summary>A point in time, stored in UTC, edited and shown in the site's time zone.</summary>
public sealed class DateTimeField : ContentField
{
    public DateTime? Value { get; set; }
}
