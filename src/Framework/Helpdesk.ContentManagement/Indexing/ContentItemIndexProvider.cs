using Helpdesk.ContentManagement.Records;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.ContentManagement.Indexing;

/// <summary>Keeps one <see cref="ContentItemIndex"/> row per latest or published version.</summary>
public sealed class ContentItemIndexProvider : IIndexProvider
{
    public async Task IndexAsync(IndexContext context)
    {
        var rows = context.Db.Set<ContentItemIndex>();
        var existing = await rows.Where(i => i.ContentItemId == context.ContentItemId).ToListAsync(context.CancellationToken);
        var versions = new[] { context.Latest, context.Published }
            .OfType<ContentItem>()
            .DistinctBy(v => v.ContentItemVersionId)
            .ToList();

        rows.RemoveRange(existing.Where(row => versions.All(v => v.ContentItemVersionId != row.ContentItemVersionId)));
        foreach (var version in versions)
        {
            var row = existing.FirstOrDefault(r => r.ContentItemVersionId == version.ContentItemVersionId);
            if (row is null)
            {
                row = new ContentItemIndex
                {
                    ContentItemId = version.ContentItemId,
                    ContentItemVersionId = version.ContentItemVersionId,
                    ContentType = version.ContentType,
                };
                rows.Add(row);
            }

            Copy(version, row);
        }
    }

    private static void Copy(ContentItem version, ContentItemIndex row)
    {
        row.ContentType = version.ContentType;
        row.DisplayText = version.DisplayText;
        row.Owner = version.Owner;
        row.Author = version.Author;
        row.CreatedUtc = version.CreatedUtc;
        row.ModifiedUtc = version.ModifiedUtc;
        row.PublishedUtc = version.PublishedUtc;
        row.Published = version.Published;
        row.Latest = version.Latest;
    }
}
