using Helpdesk.ContentManagement.Taxonomies;

namespace Helpdesk.Content.Tests;

/// <summary>
/// The terms source the Taxonomies module will provide, over a fixed product tree and a second
/// taxonomy, so the taxonomy field can be tested before that module exists.
/// </summary>
public sealed class TestTaxonomyTermSource : ITaxonomyTermSource
{
    public const string Products = "products";
    public const string Colours = "colours";

    private static readonly (string Taxonomy, string Id, string Name, string? Parent)[] Terms =
    [
        (Products, "hardware", "Hardware", null),
        (Products, "printers", "Printers", "hardware"),
        (Products, "bw-laser", "B/W laser", "printers"),
        (Products, "colour-laser", "Colour laser", "printers"),
        (Products, "monitors", "Monitors", "hardware"),
        (Products, "software", "Software", null),
        (Products, "office", "Office suite", "software"),
        (Colours, "red", "Red", null),
    ];

    public Task<IReadOnlyList<TaxonomyInfo>> ListTaxonomiesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaxonomyInfo>>([new(Colours, "Colours"), new(Products, "Products")]);

    public Task<TaxonomyTermInfo?> FindTermAsync(string taxonomyId, string termId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Terms.Any(t => t.Taxonomy == taxonomyId && t.Id == termId) ? Info(taxonomyId, termId) : null);

    public Task<IReadOnlyList<TaxonomyTermInfo>> GetChildrenAsync(
        string taxonomyId,
        string? parentTermId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaxonomyTermInfo>>(Terms
            .Where(t => t.Taxonomy == taxonomyId && t.Parent == parentTermId)
            .Select(t => Info(taxonomyId, t.Id))
            .ToList());

    public Task<IReadOnlyList<TaxonomyTermInfo>> SearchAsync(
        string taxonomyId,
        string text,
        int limit,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaxonomyTermInfo>>(Terms
            .Where(t => t.Taxonomy == taxonomyId && t.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .Select(t => Info(taxonomyId, t.Id))
            .ToList());

    private static TaxonomyTermInfo Info(string taxonomyId, string termId)
    {
        var term = Terms.Single(t => t.Taxonomy == taxonomyId && t.Id == termId);
        var ancestors = new List<TaxonomyTermRef>();
        for (var parent = term.Parent; parent is not null;)
        {
            var next = Terms.Single(t => t.Taxonomy == taxonomyId && t.Id == parent);
            ancestors.Insert(0, new TaxonomyTermRef(next.Id, next.Name));
            parent = next.Parent;
        }

        var isLeaf = !Terms.Any(t => t.Taxonomy == taxonomyId && t.Parent == termId);

        return new TaxonomyTermInfo(term.Id, term.Name, ancestors, isLeaf);
    }
}
