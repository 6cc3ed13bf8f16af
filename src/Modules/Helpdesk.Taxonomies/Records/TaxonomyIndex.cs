namespace Helpdesk.Taxonomies.Records;

/// <summary>
/// A row of the <c>TaxonomyIndex</c> table: one chosen term in one taxonomy field of the latest
/// or published version of an item. Written in the same transaction as the item.
/// </summary>
public sealed class TaxonomyIndex
{
    public int Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string ContentType { get; set; }

    /// <summary>The field as <c>Part.Field</c>, e.g. <c>ReportAProblem.Product</c>.</summary>
    public required string Field { get; set; }

    public required string TaxonomyId { get; set; }

    public required string TermId { get; set; }

    public bool Published { get; set; }

    public bool Latest { get; set; }
}
