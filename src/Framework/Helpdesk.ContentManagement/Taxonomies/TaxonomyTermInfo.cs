namespace Helpdesk.ContentManagement.Taxonomies;

/// <summary>A term of a taxonomy and where it sits in the tree.</summary>
/// <param name="TermId">The term's id (a content item id).</param>
/// <param name="DisplayText">Its name, e.g. "B/W laser".</param>
/// <param name="Ancestors">The terms above it, the top level first (Hardware, Peripherals, Printer).</param>
/// <param name="IsLeaf">True when no term lies beneath it.</param>
public sealed record TaxonomyTermInfo(
    string TermId,
    string DisplayText,
    IReadOnlyList<TaxonomyTermRef> Ancestors,
    bool IsLeaf)
{
    public string? ParentTermId => Ancestors.Count == 0 ? null : Ancestors[^1].TermId;

    /// <summary>True for the term itself and every term beneath it.</summary>
    public bool IsAtOrUnder(string termId) =>
        TermId == termId || Ancestors.Any(a => a.TermId == termId);

    /// <summary>The names from the top level down to this term.</summary>
    public IEnumerable<string> PathNames => Ancestors.Select(a => a.DisplayText).Append(DisplayText);
}
