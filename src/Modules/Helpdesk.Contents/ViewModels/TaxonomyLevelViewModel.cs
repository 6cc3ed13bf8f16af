using Helpdesk.ContentManagement.Taxonomies;

namespace Helpdesk.Contents.ViewModels;

/// <summary>One select of the cascading term picker.</summary>
public sealed record TaxonomyLevelViewModel(IReadOnlyList<TaxonomyTermInfo> Terms, string? SelectedId);
