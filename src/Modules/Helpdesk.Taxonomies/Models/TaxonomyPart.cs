namespace Helpdesk.Taxonomies.Models;

/// <summary>
/// The part that makes a content item a taxonomy: its name per language, the content type of its
/// terms and the tree of terms, stored nested in the taxonomy's own JSON.
/// </summary>
public sealed class TaxonomyPart
{
    /// <summary>The content type every term is an item of, e.g. <c>ProductTerm</c>.</summary>
    public string TermContentType { get; set; } = "";

    /// <summary>The taxonomy's name by language (<c>en</c>, <c>de</c>).</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>The top-level terms in their order.</summary>
    public List<TaxonomyTerm> Terms { get; set; } = [];
}
