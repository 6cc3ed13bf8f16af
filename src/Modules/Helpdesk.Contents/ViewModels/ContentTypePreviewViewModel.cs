using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;

namespace Helpdesk.Contents.ViewModels;

/// <summary>The editor of a new item of a type, tried out without saving.</summary>
public sealed record ContentTypePreviewViewModel(
    string TypeName,
    string TypeDisplayName,
    ContentDisplayModel Editor,
    ContentAudience Audience,
    bool IsValid);
