using Helpdesk.Taxonomies.Models;

namespace Helpdesk.Taxonomies.Services;

/// <summary>Where a term sits: the list holding it (its siblings) and its parent, null at the top level.</summary>
public sealed record TermLocation(TaxonomyTerm Term, List<TaxonomyTerm> Siblings, TaxonomyTerm? Parent, int Depth)
{
    public int Index => Siblings.IndexOf(Term);
}
