namespace Helpdesk.ContentManagement.Fields;

/// <summary>The BooleanField has only the common settings; the section exists so every field type has one.</summary>
public sealed record BooleanFieldSettings;
