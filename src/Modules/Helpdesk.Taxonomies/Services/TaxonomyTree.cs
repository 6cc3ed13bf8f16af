using Helpdesk.Taxonomies.Models;

namespace Helpdesk.Taxonomies.Services;

/// <summary>Finds, walks and rearranges the terms of a taxonomy part in place.</summary>
public static class TaxonomyTree
{
    /// <summary>Every term, each before its children, with where it sits.</summary>
    public static IEnumerable<TermLocation> Walk(List<TaxonomyTerm> roots) => Walk(roots, null, 0);

    public static TermLocation? Find(List<TaxonomyTerm> roots, string termId) =>
        Walk(roots).FirstOrDefault(l => string.Equals(l.Term.ContentItemId, termId, StringComparison.Ordinal));

    /// <summary>The term and every term beneath it.</summary>
    public static IEnumerable<TaxonomyTerm> SelfAndDescendants(TaxonomyTerm term) =>
        Walk([term]).Select(l => l.Term);

    /// <summary>Moves the term; false when it cannot move that way (first, last or top-level already).</summary>
    public static bool Move(List<TaxonomyTerm> roots, string termId, TermMove move)
    {
        if (Find(roots, termId) is not { } location)
        {
            return false;
        }

        var (siblings, index) = (location.Siblings, location.Index);
        switch (move)
        {
            case TermMove.Up when index > 0:
                (siblings[index - 1], siblings[index]) = (siblings[index], siblings[index - 1]);
                return true;
            case TermMove.Down when index < siblings.Count - 1:
                (siblings[index + 1], siblings[index]) = (siblings[index], siblings[index + 1]);
                return true;
            case TermMove.Indent when index > 0:
                siblings.RemoveAt(index);
                siblings[index - 1].Children.Add(location.Term);
                return true;
            case TermMove.Outdent when location.Parent is not null:
                var parent = Find(roots, location.Parent.ContentItemId)!;
                siblings.RemoveAt(index);
                parent.Siblings.Insert(parent.Index + 1, location.Term);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Takes the term, with everything beneath it, out of the tree.</summary>
    public static bool Remove(List<TaxonomyTerm> roots, string termId)
    {
        if (Find(roots, termId) is not { } location)
        {
            return false;
        }

        location.Siblings.Remove(location.Term);

        return true;
    }

    private static IEnumerable<TermLocation> Walk(List<TaxonomyTerm> terms, TaxonomyTerm? parent, int depth)
    {
        foreach (var term in terms.ToList())
        {
            yield return new TermLocation(term, terms, parent, depth);
            foreach (var child in Walk(term.Children, term, depth + 1))
            {
                yield return child;
            }
        }
    }
}
