using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.Contents.ViewModels;

public sealed class AttachmentFieldDisplayViewModel : FieldDisplayViewModel
{
    public IReadOnlyList<AttachmentInfo> Files { get; set; } = [];
}
