using Helpdesk.Data;
using Helpdesk.Taxonomies.Records;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Taxonomies.Services;

public sealed class TaxonomyQuery : ITaxonomyQuery
{
    private readonly HelpdeskDbContext _db;

    public TaxonomyQuery(HelpdeskDbContext db)
    {
        _db = db;
    }

    public async Task<IReadOnlyList<string>> FindItemIdsAsync(
        string taxonomyId,
        string termId,
        bool includeDescendants = true,
        CancellationToken cancellationToken = default) =>
        await Tagged(taxonomyId, termId, includeDescendants)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);

    public Task<int> CountItemsUnderTermAsync(string taxonomyId, string termId, CancellationToken cancellationToken = default) =>
        Tagged(taxonomyId, termId, includeDescendants: true).Distinct().CountAsync(cancellationToken);

    public Task<int> CountItemsAsync(string taxonomyId, CancellationToken cancellationToken = default) =>
        _db.Set<TaxonomyIndex>()
            .Where(i => i.TaxonomyId == taxonomyId)
            .Select(i => i.ContentItemId)
            .Distinct()
            .CountAsync(cancellationToken);

    private IQueryable<string> Tagged(string taxonomyId, string termId, bool includeDescendants)
    {
        var rows = _db.Set<TaxonomyIndex>().Where(i => i.TaxonomyId == taxonomyId);
        if (!includeDescendants)
        {
            return rows.Where(i => i.TermId == termId).Select(i => i.ContentItemId);
        }

        var terms = _db.Set<TaxonomyTermAncestor>()
            .Where(a => a.TaxonomyId == taxonomyId && a.AncestorTermId == termId)
            .Select(a => a.TermId);

        // A chosen term the tree no longer holds still counts as the term it names.
        return rows.Where(i => i.TermId == termId || terms.Contains(i.TermId)).Select(i => i.ContentItemId);
    }
}
