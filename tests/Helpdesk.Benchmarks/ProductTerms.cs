using Helpdesk.ContentManagement.Taxonomies;

namespace Helpdesk.Benchmarks;

/// <summary>
/// A small product tree under the taxonomy id <c>products</c>, standing in for the taxonomy the
/// Taxonomies module seeds in the same recipe, so the request types' product field can be filled.
/// </summary>
public sealed class ProductTerms : ITaxonomyTermSource
{
    public const string TaxonomyId = "products";

    private static readonly (string Id, string Name, string? Parent)[] Terms =
    [
        ("hardware", "Hardware", null),
        ("printers", "Printers", "hardware"),
        ("bw-laser", "B/W laser", "printers"),
    ];

    public Task<IReadOnlyList<TaxonomyInfo>> ListTaxonomiesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaxonomyInfo>>([new(TaxonomyId, "Products")]);

    public Task<TaxonomyTermInfo?> FindTermAsync(string taxonomyId, string termId, CancellationToken cancellationToken = default) =>
        Task.FromResult(taxonomyId == TaxonomyId && Terms.Any(t => t.Id == termId) ? Info(termId) : null);

    public Task<IReadOnlyList<TaxonomyTermInfo>> GetChildrenAsync(
        string taxonomyId,
        string? parentTermId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaxonomyTermInfo>>(taxonomyId == TaxonomyId
            ? Terms.Where(t => t.Parent == parentTermId).Select(t => Info(t.Id)).ToList()
            : []);

    public Task<IReadOnlyList<TaxonomyTermInfo>> SearchAsync(
        string taxonomyId,
        string text,
        int limit,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaxonomyTermInfo>>(taxonomyId == TaxonomyId
            ? Terms.Where(t => t.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(limit).Select(t => Info(t.Id)).ToList()
            : []);

    private static TaxonomyTermInfo Info(string termId)
    {
        var term = Terms.Single(t => t.Id == termId);
        var ancestors = new List<TaxonomyTermRef>();
        for (var parent = term.Parent; parent is not null;)
        {
            var next = Terms.Single(t => t.Id == parent);
            ancestors.Insert(0, new TaxonomyTermRef(next.Id, next.Name));
            parent = next.Parent;
        }

        return new TaxonomyTermInfo(term.Id, term.Name, ancestors, IsLeaf: Terms.All(t => t.Parent != termId));
    }
}
