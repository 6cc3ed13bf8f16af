namespace Helpdesk.Taxonomies.Services;

/// <summary>Finds content items by the terms chosen in their taxonomy fields, from the index tables.</summary>
public interface ITaxonomyQuery
{
    /// <summary>
    /// The ids of items (latest or published version) that chose the term, or with
    /// <paramref name="includeDescendants"/> the term or any term beneath it.
    /// </summary>
    Task<IReadOnlyList<string>> FindItemIdsAsync(
        string taxonomyId,
        string termId,
        bool includeDescendants = true,
        CancellationToken cancellationToken = default);

    /// <summary>How many items chose the term or a term beneath it.</summary>
    Task<int> CountItemsUnderTermAsync(string taxonomyId, string termId, CancellationToken cancellationToken = default);

    /// <summary>How many items chose any term of the taxonomy.</summary>
    Task<int> CountItemsAsync(string taxonomyId, CancellationToken cancellationToken = default);
}
