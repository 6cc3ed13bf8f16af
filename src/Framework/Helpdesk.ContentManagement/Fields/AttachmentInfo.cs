namespace Helpdesk.ContentManagement.Fields;

/// <summary>A file attached to a field.</summary>
public sealed class AttachmentInfo
{
    public string FileName { get; set; } = "";

    /// <summary>The MIME type the browser reported, e.g. <c>image/png</c>.</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Where the attachment store keeps the bytes; null while no store exists.</summary>
    public string? StorageId { get; set; }
}
