namespace Helpdesk.ContentManagement.Fields;

/// <summary>A calendar date without a time, the same in every time zone.</summary>
public sealed class DateField : ContentField
{
    public DateOnly? Value { get; set; }
}
