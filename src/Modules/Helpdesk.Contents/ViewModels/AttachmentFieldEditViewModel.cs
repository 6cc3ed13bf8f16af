using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.ViewModels;

public sealed class AttachmentFieldEditViewModel : FieldEditorViewModel
{
    /// <summary>Files the item holds; each has a "keep" checkbox.</summary>
    public IReadOnlyList<AttachmentInfo> Files { get; set; } = [];

    public string KeepInputName { get; set; } = "";

    /// <summary>The browser's <c>accept</c> attribute from the allowed types.</summary>
    public string? Accept { get; set; }

    public int? MaxCount { get; set; }

    public long? MaxFileSize { get; set; }
}
