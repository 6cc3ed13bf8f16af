namespace Helpdesk.ContentManagement.Taxonomies;

/// <summary>
/// Answers questions about the terms of taxonomies (e.g. the product tree). The taxonomy field
/// uses it to validate chosen terms, evaluate "under term" conditions and feed the cascading
/// picker. The Taxonomies module provides it; without it no term can be chosen.
/// </summary>
public interface ITaxonomyTermSource
{
    /// <summary>Every taxonomy, by name, for the taxonomy field's settings.</summary>
    Task<IReadOnlyList<TaxonomyInfo>> ListTaxonomiesAsync(CancellationToken cancellationToken = default);

    /// <summary>The term if it belongs to the taxonomy, else null.</summary>
    Task<TaxonomyTermInfo?> FindTermAsync(string taxonomyId, string termId, CancellationToken cancellationToken = default);

    /// <summary>The terms directly beneath a term, or the top level when <paramref name="parentTermId"/> is null, in their order.</summary>
    Task<IReadOnlyList<TaxonomyTermInfo>> GetChildrenAsync(
        string taxonomyId,
        string? parentTermId,
        CancellationToken cancellationToken = default);

    /// <summary>Terms whose name contains the text (case-insensitive), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TaxonomyTermInfo>> SearchAsync(
        string taxonomyId,
        string text,
        int limit,
        CancellationToken cancellationToken = default);
}
