using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.Taxonomies.Models;

/// <summary>The names the taxonomy content types and parts go by.</summary>
public static class TaxonomyNames
{
    /// <summary>The content type of taxonomies.</summary>
    public const string ContentType = "Taxonomy";

    /// <summary>The stereotype of the taxonomy type.</summary>
    public const string Stereotype = "Taxonomy";

    /// <summary>The stereotype of the content types terms are items of.</summary>
    public const string TermStereotype = "TaxonomyTerm";

    public const string Part = nameof(TaxonomyPart);

    /// <summary>True for items of the taxonomy type or of any type of the taxonomy stereotype.</summary>
    public static bool IsTaxonomy(ContentTypeDefinition? type, string contentType) =>
        contentType == ContentType || type?.TypeSettings.Stereotype == Stereotype;
}
