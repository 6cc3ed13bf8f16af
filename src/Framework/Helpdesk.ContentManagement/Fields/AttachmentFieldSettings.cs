namespace Helpdesk.ContentManagement.Fields;

public sealed record AttachmentFieldSettings
{
    /// <summary>
    /// File extensions (<c>.pdf</c>) or MIME types (<c>image/png</c>, <c>image/*</c>) allowed;
    /// every type when empty.
    /// </summary>
    public IReadOnlyList<string> AllowedTypes { get; init; } = [];

    /// <summary>The largest file in bytes; no limit when null.</summary>
    public long? MaxFileSize { get; init; }

    /// <summary>How many files the field holds at most; no limit when null.</summary>
    public int? MaxCount { get; init; }
}
