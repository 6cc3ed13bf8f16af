namespace Helpdesk.ContentManagement.Fields;

public sealed record TaxonomyFieldSettings
{
    /// <summary>The content item id of the taxonomy whose terms may be chosen.</summary>
    public string? TaxonomyId { get; init; }

    /// <summary>Several terms may be chosen.</summary>
    public bool Multiple { get; init; }

    /// <summary>Only terms without children may be chosen (e.g. a concrete product).</summary>
    public bool LeavesOnly { get; init; }
}
