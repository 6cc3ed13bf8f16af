namespace Helpdesk.ContentManagement.Fields;

/// <summary>
/// The files attached through this field, as metadata.
/// NOTE: the files' bytes are not stored yet; the Tickets issue adds the attachment store and
/// fills <see cref="AttachmentInfo.StorageId"/>. Until then the field keeps only what the
/// browser reported about each accepted file.
/// </summary>
public sealed class AttachmentField : ContentField
{
    public AttachmentInfo[] Files { get; set; } = [];
}
