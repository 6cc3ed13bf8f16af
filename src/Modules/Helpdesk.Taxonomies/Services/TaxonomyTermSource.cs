using System.Globalization;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Taxonomies.Models;

namespace Helpdesk.Taxonomies.Services;

/// <summary>
/// The terms of the stored taxonomies, titled in the current UI language (the site's default
/// language where a term has no title in it), answered from the cached snapshots.
/// </summary>
public sealed class TaxonomyTermSource : ITaxonomyTermSource
{
    private readonly IContentManager _contents;
    private readonly TaxonomyService _taxonomies;
    private readonly HelpdeskDbContext _db;
    private readonly TaxonomySnapshotCache _cache;
    private readonly ISiteService _site;

    public TaxonomyTermSource(
        IContentManager contents,
        TaxonomyService taxonomies,
        HelpdeskDbContext db,
        TaxonomySnapshotCache cache,
        ISiteService site)
    {
        _contents = contents;
        _taxonomies = taxonomies;
        _db = db;
        _cache = cache;
        _site = site;
    }

    public async Task<IReadOnlyList<TaxonomyInfo>> ListTaxonomiesAsync(CancellationToken cancellationToken = default)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var fallback = (await _site.FindSettingsAsync(cancellationToken))?.DefaultLanguage ?? SupportedCultures.English;

        return (await _taxonomies.ListAsync(cancellationToken))
            .Select(item => new TaxonomyInfo(
                item.ContentItemId,
                LocalizedText.Pick(item.As<TaxonomyPart>()?.Names ?? [], language, fallback, item.DisplayText)))
            .ToList();
    }

    public async Task<TaxonomyTermInfo?> FindTermAsync(string taxonomyId, string termId, CancellationToken cancellationToken = default) =>
        (await ViewAsync(taxonomyId, cancellationToken))?.Find(termId);

    public async Task<IReadOnlyList<TaxonomyTermInfo>> GetChildrenAsync(
        string taxonomyId,
        string? parentTermId,
        CancellationToken cancellationToken = default) =>
        (await ViewAsync(taxonomyId, cancellationToken))?.Children(parentTermId) ?? [];

    public async Task<IReadOnlyList<TaxonomyTermInfo>> SearchAsync(
        string taxonomyId,
        string text,
        int limit,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text) || limit <= 0)
        {
            return [];
        }

        return (await ViewAsync(taxonomyId, cancellationToken))?.Search(text.Trim(), limit) ?? [];
    }

    /// <summary>The taxonomy's snapshot, or null when no taxonomy has the id.</summary>
    public async Task<TaxonomySnapshot?> GetSnapshotAsync(string taxonomyId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGet(taxonomyId, out var cached))
        {
            return cached;
        }

        var generation = _cache.Generation;
        var item = await _contents.GetAsync(taxonomyId, VersionOptions.Published, cancellationToken);
        var part = item?.As<TaxonomyPart>();
        var snapshot = part is null ? null : new TaxonomySnapshot(taxonomyId, part);

        // Inside a transaction the taxonomy may hold changes that are not committed yet.
        if (_db.Database.CurrentTransaction is null)
        {
            _cache.Set(taxonomyId, snapshot, generation);
        }

        return snapshot;
    }

    private async Task<TaxonomyTermView?> ViewAsync(string taxonomyId, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(taxonomyId, cancellationToken);
        if (snapshot is null)
        {
            return null;
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var fallback = (await _site.FindSettingsAsync(cancellationToken))?.DefaultLanguage ?? SupportedCultures.English;

        return snapshot.For(language, fallback);
    }
}
