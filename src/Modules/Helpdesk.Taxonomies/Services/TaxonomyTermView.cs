using System.Collections.Frozen;
using System.Globalization;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Taxonomies.Models;

namespace Helpdesk.Taxonomies.Services;

/// <summary>The terms of a taxonomy as one language sees them, ready to hand out without copying.</summary>
public sealed class TaxonomyTermView
{
    private const CompareOptions SearchOptions = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    private readonly IReadOnlyList<TaxonomyTermInfo> _all;
    private readonly FrozenDictionary<string, TaxonomyTermInfo> _byId;
    private readonly FrozenDictionary<string, IReadOnlyList<TaxonomyTermInfo>> _children;

    public TaxonomyTermView(IReadOnlyList<TermNode> nodes, string language, string fallbackLanguage)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var byId = new Dictionary<string, TaxonomyTermInfo>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var parent = node.ParentId is null ? null : byId.GetValueOrDefault(node.ParentId);
            var ancestors = parent is null
                ? []
                : parent.Ancestors.Append(new TaxonomyTermRef(parent.TermId, parent.DisplayText)).ToList();
            var title = LocalizedText.Pick(node.Titles, language, fallbackLanguage, node.DisplayText);
            byId[node.Id] = new TaxonomyTermInfo(node.Id, title, ancestors, node.IsLeaf);
        }

        _all = nodes.Select(n => byId[n.Id]).ToList();
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _children = _all
            .GroupBy(t => t.ParentTermId ?? "", StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTermInfo>)g.ToList(), StringComparer.Ordinal);
    }

    public TaxonomyTermInfo? Find(string termId) => _byId.GetValueOrDefault(termId);

    /// <summary>The terms directly beneath the term, or the top level for null.</summary>
    public IReadOnlyList<TaxonomyTermInfo> Children(string? parentTermId) =>
        _children.GetValueOrDefault(parentTermId ?? "") ?? [];

    /// <summary>Terms whose title holds the text (ignoring case and accents), those starting with it first.</summary>
    public IReadOnlyList<TaxonomyTermInfo> Search(string text, int limit)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;

        return _all
            .Select(term => (Term: term, Position: compare.IndexOf(term.DisplayText, text, SearchOptions)))
            .Where(match => match.Position >= 0)
            .OrderBy(match => match.Position == 0 ? 0 : 1)
            .Take(limit)
            .Select(match => match.Term)
            .ToList();
    }
}
