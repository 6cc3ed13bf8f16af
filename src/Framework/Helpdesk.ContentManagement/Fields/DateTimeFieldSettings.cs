namespace Helpdesk.ContentManagement.Fields;

/// <summary>The DateTimeField has only the common settings; the section exists so every field type has one.</summary>
public sealed record DateTimeFieldSettings;
