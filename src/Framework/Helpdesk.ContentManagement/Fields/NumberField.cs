namespace Helpdesk.ContentManagement.Fields;

public sealed class NumberField : ContentField
{
    public decimal? Value { get; set; }
}
