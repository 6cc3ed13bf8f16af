namespace Helpdesk.ContentManagement.Fields;

/// <summary>A yes/no value; when required, it must be yes (e.g. "I accept the terms").</summary>
public sealed class BooleanField : ContentField
{
    public bool Value { get; set; }
}
