namespace Helpdesk.Taxonomies.Records;

/// <summary>
/// A row of the <c>TaxonomyTermAncestors</c> table: <see cref="AncestorTermId"/> is the term itself
/// or lies above it. Rebuilt whenever the taxonomy is saved, so "this term or beneath it" is a join.
/// </summary>
public sealed class TaxonomyTermAncestor
{
    public int Id { get; set; }

    public required string TaxonomyId { get; set; }

    public required string TermId { get; set; }

    public required string AncestorTermId { get; set; }

    /// <summary>How many levels the ancestor lies above the term; 0 for the term itself.</summary>
    public int Distance { get; set; }
}
