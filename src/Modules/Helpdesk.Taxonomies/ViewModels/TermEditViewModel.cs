using Helpdesk.ContentManagement.Display;

namespace Helpdesk.Taxonomies.ViewModels;

/// <summary>The page that adds a term (no <see cref="TermId"/>) or edits one.</summary>
public sealed class TermEditViewModel
{
    public required string TaxonomyId { get; init; }

    public required string TaxonomyName { get; init; }

    public string? TermId { get; init; }

    /// <summary>The path of the new term's parent, or of the edited term's parent; empty at the top level.</summary>
    public string ParentPath { get; init; } = "";

    public required TermInputViewModel Input { get; init; }

    /// <summary>The editor of the fields the term type has; no shapes when it has none.</summary>
    public ContentDisplayModel? Fields { get; init; }
}
