using System.Text.Json.Nodes;

namespace Helpdesk.Taxonomies.Models;

/// <summary>
/// A term: a content item of the taxonomy's term type that lives inside the taxonomy's JSON, with
/// a title per language and the terms beneath it.
/// </summary>
public sealed class TaxonomyTerm
{
    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>The title in the site's default language, for lists that know no language.</summary>
    public string DisplayText { get; set; } = "";

    /// <summary>The title by language (<c>en</c>, <c>de</c>).</summary>
    public Dictionary<string, string> Titles { get; set; } = [];

    /// <summary>The parts and fields admins gave the term type, keyed like an item's content.</summary>
    public JsonObject? Content { get; set; }

    public List<TaxonomyTerm> Children { get; set; } = [];
}
