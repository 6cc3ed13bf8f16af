namespace Helpdesk.Contents.ViewModels;

public sealed record ContentTypeListViewModel(IReadOnlyList<ContentTypeListEntry> Types);
