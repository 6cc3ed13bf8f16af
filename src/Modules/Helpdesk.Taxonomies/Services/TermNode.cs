using System.Collections.Frozen;

namespace Helpdesk.Taxonomies.Services;

/// <summary>A term of a <see cref="TaxonomySnapshot"/>: its titles and its place in the tree.</summary>
public sealed record TermNode(
    string Id,
    string? ParentId,
    string DisplayText,
    FrozenDictionary<string, string> Titles,
    bool IsLeaf);
