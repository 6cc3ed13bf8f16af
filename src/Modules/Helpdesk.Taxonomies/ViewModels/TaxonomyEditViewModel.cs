namespace Helpdesk.Taxonomies.ViewModels;

public sealed class TaxonomyEditViewModel
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string TermContentType { get; init; }

    /// <summary>Every term, each before its children.</summary>
    public required IReadOnlyList<TermRowViewModel> Terms { get; init; }
}
