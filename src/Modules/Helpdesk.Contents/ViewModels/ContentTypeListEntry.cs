namespace Helpdesk.Contents.ViewModels;

/// <summary>A row of the content types list.</summary>
public sealed record ContentTypeListEntry(
    string Name,
    string DisplayName,
    string? Stereotype,
    int PartCount,
    int FieldCount,
    int ItemCount);
