using System.Collections.Concurrent;
using System.Collections.Frozen;
using Helpdesk.Taxonomies.Models;

namespace Helpdesk.Taxonomies.Services;

/// <summary>
/// An immutable copy of one taxonomy's tree, shared by all requests until the taxonomy is saved.
/// The terms as a language sees them are built once per language and kept with it.
/// </summary>
public sealed class TaxonomySnapshot
{
    private readonly ConcurrentDictionary<(string Language, string Fallback), TaxonomyTermView> _views = new();

    public TaxonomySnapshot(string taxonomyId, TaxonomyPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        TaxonomyId = taxonomyId;
        Nodes = TaxonomyTree.Walk(part.Terms)
            .DistinctBy(l => l.Term.ContentItemId, StringComparer.Ordinal)
            .Select(l => new TermNode(
                l.Term.ContentItemId,
                l.Parent?.ContentItemId,
                l.Term.DisplayText,
                l.Term.Titles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
                l.Term.Children.Count == 0))
            .ToList();
    }

    public string TaxonomyId { get; }

    /// <summary>Every term, each before its children, siblings in their order.</summary>
    public IReadOnlyList<TermNode> Nodes { get; }

    /// <summary>The terms with their titles in <paramref name="language"/>, else in <paramref name="fallbackLanguage"/>.</summary>
    public TaxonomyTermView For(string language, string fallbackLanguage) =>
        _views.GetOrAdd((language, fallbackLanguage), key => new TaxonomyTermView(Nodes, key.Language, key.Fallback));
}
