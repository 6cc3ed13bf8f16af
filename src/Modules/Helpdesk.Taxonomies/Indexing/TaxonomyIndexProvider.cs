using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Indexing;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Records;
using Helpdesk.Taxonomies.Services;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Taxonomies.Indexing;

/// <summary>
/// Keeps <see cref="TaxonomyIndex"/> rows for the terms chosen in every taxonomy field of an
/// item's latest and published version, and rebuilds a taxonomy's
/// <see cref="TaxonomyTermAncestor"/> rows when the taxonomy itself is saved.
/// </summary>
public sealed class TaxonomyIndexProvider : IIndexProvider
{
    public async Task IndexAsync(IndexContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await IndexFieldsAsync(context);

        if (TaxonomyNames.IsTaxonomy(context.Definition, context.ContentType))
        {
            await RebuildAncestorsAsync(context);
        }
    }

    private static async Task IndexFieldsAsync(IndexContext context)
    {
        var rows = context.Db.Set<TaxonomyIndex>();
        var existing = await rows.Where(r => r.ContentItemId == context.ContentItemId).ToListAsync(context.CancellationToken);
        var wanted = Rows(context).ToList();

        rows.RemoveRange(existing.Where(row => !wanted.Any(w => SameChoice(w, row))));
        foreach (var row in wanted)
        {
            var stored = existing.FirstOrDefault(e => SameChoice(e, row));
            if (stored is null)
            {
                rows.Add(row);
                continue;
            }

            stored.Latest = row.Latest;
            stored.Published = row.Published;
            stored.ContentType = row.ContentType;
        }
    }

    private static IEnumerable<TaxonomyIndex> Rows(IndexContext context)
    {
        var fields = context.Definition?.Fields.Where(f => f.FieldType == nameof(TaxonomyField)).ToList() ?? [];
        var versions = new[] { context.Latest, context.Published }
            .OfType<ContentItem>()
            .DistinctBy(v => v.ContentItemVersionId, StringComparer.Ordinal);

        foreach (var version in versions)
        {
            foreach (var field in fields)
            {
                var taxonomyId = field.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId;
                var value = version.GetField<TaxonomyField>(field.PartName, field.FieldName);
                if (taxonomyId is null || value is null)
                {
                    continue;
                }

                foreach (var termId in value.TermIds.Distinct(StringComparer.Ordinal))
                {
                    yield return new TaxonomyIndex
                    {
                        ContentItemId = version.ContentItemId,
                        ContentItemVersionId = version.ContentItemVersionId,
                        ContentType = version.ContentType,
                        Field = field.InputPrefix,
                        TaxonomyId = taxonomyId,
                        TermId = termId,
                        Latest = version.Latest,
                        Published = version.Published,
                    };
                }
            }
        }
    }

    private static bool SameChoice(TaxonomyIndex a, TaxonomyIndex b) =>
        a.ContentItemVersionId == b.ContentItemVersionId && a.Field == b.Field && a.TermId == b.TermId && a.TaxonomyId == b.TaxonomyId;

    // The published tree is what fields choose from; a taxonomy never published indexes its draft.
    private static async Task RebuildAncestorsAsync(IndexContext context)
    {
        var rows = context.Db.Set<TaxonomyTermAncestor>();
        var existing = await rows.Where(r => r.TaxonomyId == context.ContentItemId).ToListAsync(context.CancellationToken);
        rows.RemoveRange(existing);

        var part = (context.Published ?? context.Latest)?.As<TaxonomyPart>();
        if (part is null)
        {
            return;
        }

        var parents = TaxonomyTree.Walk(part.Terms)
            .DistinctBy(l => l.Term.ContentItemId, StringComparer.Ordinal)
            .ToDictionary(l => l.Term.ContentItemId, l => l.Parent?.ContentItemId, StringComparer.Ordinal);
        foreach (var termId in parents.Keys)
        {
            var distance = 0;
            for (string? ancestorId = termId; ancestorId is not null; ancestorId = parents.GetValueOrDefault(ancestorId))
            {
                rows.Add(new TaxonomyTermAncestor
                {
                    TaxonomyId = context.ContentItemId,
                    TermId = termId,
                    AncestorTermId = ancestorId,
                    Distance = distance++,
                });
            }
        }
    }
}
