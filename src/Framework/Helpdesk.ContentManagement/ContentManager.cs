using System.Security.Claims;
using System.Text.Json.Nodes;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Indexing;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Records;
using Helpdesk.Data;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Helpdesk.ContentManagement;

public sealed partial class ContentManager : IContentManager
{
    private readonly HelpdeskDbContext _db;
    private readonly IContentDefinitionManager _definitions;
    private readonly IServiceProvider _services;
    private readonly IFeatureGate _gate;
    private readonly TimeProvider _clock;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILogger<ContentManager> _logger;

    public ContentManager(
        HelpdeskDbContext db,
        IContentDefinitionManager definitions,
        IServiceProvider services,
        IFeatureGate gate,
        TimeProvider clock,
        IHttpContextAccessor httpContextAccessor,
        ILogger<ContentManager> logger)
    {
        _db = db;
        _definitions = definitions;
        _services = services;
        _gate = gate;
        _clock = clock;
        _httpContextAccessor = httpContextAccessor;
        _logger = logger;
    }

    private DbSet<ContentItemRecord> Records => _db.Set<ContentItemRecord>();

    // Handlers, index providers and drivers commonly need the content manager themselves, so they
    // are resolved when first used rather than injected: injecting them would be a cycle.
    private IReadOnlyList<IContentHandler> Handlers =>
        field ??= _gate.Active(_services.GetServices<IContentHandler>()).ToList();

    private IReadOnlyList<IIndexProvider> IndexProviders =>
        field ??= _gate.Active(_services.GetServices<IIndexProvider>()).ToList();

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await _definitions.GetTypeAsync(contentType, cancellationToken)
            ?? throw new InvalidOperationException($"The content type '{contentType}' does not exist.");
        var item = new ContentItem { ContentType = type.Name, ContentItemId = ContentIdGenerator.NewId() };
        var context = new ContentContext(item, type, cancellationToken);

        await InvokeAsync(h => h.ActivatingAsync(context));
        await InvokeAsync(h => h.InitializingAsync(context));

        return item;
    }

    public async Task CreateAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken = default)
    {
        if (item.Id != 0)
        {
            throw new InvalidOperationException($"{item} is stored already; use UpdateAsync.");
        }

        var type = await GetTypeAsync(item, cancellationToken);
        var now = Now();
        Stamp(item, now);
        item.CreatedUtc = now;
        item.Owner ??= CurrentUserId();
        item.Latest = true;
        item.Published = false;

        await InTransactionAsync(async () =>
        {
            var context = new ContentContext(item, type, cancellationToken);
            var publish = new PublishContentContext(item, null, type, cancellationToken);
            var published = options.Kind == VersionKind.Published;

            await InvokeAsync(h => h.CreatingAsync(context));
            if (published)
            {
                await InvokeAsync(h => h.PublishingAsync(publish));
                item.Published = true;
                item.PublishedUtc = now;
            }

            var record = ToRecord(item);
            Records.Add(record);
            await _db.SaveChangesAsync(cancellationToken);
            item.Id = record.Id;
            await IndexAsync(item, type, cancellationToken);

            await InvokeAsync(h => h.CreatedAsync(context));
            if (published)
            {
                await InvokeAsync(h => h.PublishedAsync(publish));
            }
        }, cancellationToken);

        LogCreated(item.ContentType, item.ContentItemId);
    }

    public async Task<ContentItem?> GetAsync(
        string contentItemId,
        VersionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var record = await Select(Records.AsNoTracking().Where(r => r.ContentItemId == contentItemId), options)
            .FirstOrDefaultAsync(cancellationToken);

        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(
        IEnumerable<string> contentItemIds,
        VersionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        var records = await Select(Records.AsNoTracking().Where(r => ids.Contains(r.ContentItemId)), options)
            .ToListAsync(cancellationToken);
        var byId = records.ToDictionary(r => r.ContentItemId, StringComparer.Ordinal);

        return ids.Where(byId.ContainsKey).Select(id => ToItem(byId[id])).ToList();
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(
        string contentItemId,
        CancellationToken cancellationToken = default)
    {
        var records = await Records.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);

        return records.Select(ToItem).ToList();
    }

    public async Task UpdateAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var type = await GetTypeAsync(item, cancellationToken);
        var record = await FindRecordAsync(item, cancellationToken);

        await InTransactionAsync(async () =>
        {
            var context = new ContentContext(item, type, cancellationToken);
            await InvokeAsync(h => h.UpdatingAsync(context));
            Stamp(item, Now());

            if (type.TypeSettings.Versionable && record.Published)
            {
                record = AddDraftVersion(item, record);
            }
            else
            {
                Copy(item, record);
            }

            await _db.SaveChangesAsync(cancellationToken);
            item.Id = record.Id;
            await IndexAsync(item, type, cancellationToken);
            await InvokeAsync(h => h.UpdatedAsync(context));
        }, cancellationToken);

        LogUpdated(item.ContentType, item.ContentItemId, item.ContentItemVersionId);
    }

    public async Task PublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var type = await GetTypeAsync(item, cancellationToken);
        var record = await FindRecordAsync(item, cancellationToken);
        if (record.Published)
        {
            return;
        }

        var previous = await Records.FirstOrDefaultAsync(
            r => r.ContentItemId == item.ContentItemId && r.Published, cancellationToken);

        await InTransactionAsync(async () =>
        {
            var context = new PublishContentContext(item, previous is null ? null : ToItem(previous), type, cancellationToken);
            await InvokeAsync(h => h.PublishingAsync(context));

            previous?.Published = false;
            item.Published = record.Published = true;
            item.PublishedUtc = record.PublishedUtc = Now();
            await _db.SaveChangesAsync(cancellationToken);
            await IndexAsync(item, type, cancellationToken);

            await InvokeAsync(h => h.PublishedAsync(context));
        }, cancellationToken);

        LogPublished(item.ContentType, item.ContentItemId, item.ContentItemVersionId);
    }

    public async Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var type = await GetTypeAsync(item, cancellationToken);
        var published = await Records.FirstOrDefaultAsync(
            r => r.ContentItemId == item.ContentItemId && r.Published, cancellationToken);
        if (published is null)
        {
            return;
        }

        await InTransactionAsync(async () =>
        {
            var context = new PublishContentContext(item, ToItem(published), type, cancellationToken);
            await InvokeAsync(h => h.UnpublishingAsync(context));

            published.Published = false;
            if (published.ContentItemVersionId == item.ContentItemVersionId)
            {
                item.Published = false;
            }

            await _db.SaveChangesAsync(cancellationToken);
            await IndexAsync(item, type, cancellationToken);
            await InvokeAsync(h => h.UnpublishedAsync(context));
        }, cancellationToken);

        LogUnpublished(item.ContentType, item.ContentItemId);
    }

    public async Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var type = await _definitions.GetTypeAsync(item.ContentType, cancellationToken);

        await InTransactionAsync(async () =>
        {
            var context = new ContentContext(item, type, cancellationToken);
            await InvokeAsync(h => h.RemovingAsync(context));

            var versions = await Records.Where(r => r.ContentItemId == item.ContentItemId).ToListAsync(cancellationToken);
            Records.RemoveRange(versions);
            await _db.SaveChangesAsync(cancellationToken);
            await IndexAsync(item, type, cancellationToken);

            await InvokeAsync(h => h.RemovedAsync(context));
        }, cancellationToken);

        LogRemoved(item.ContentType, item.ContentItemId);
    }

    public async Task<IReadOnlyList<ContentValidationError>> ValidateAsync(
        ContentItem item,
        ContentAudience audience = ContentAudience.Staff,
        CancellationToken cancellationToken = default)
    {
        var type = await _definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var context = new ValidateContentContext(item, type, audience, cancellationToken);
        await InvokeAsync(h => h.ValidatingAsync(context));

        return context.Errors;
    }

    private static IQueryable<ContentItemRecord> Select(IQueryable<ContentItemRecord> records, VersionOptions? options) =>
        (options ?? VersionOptions.Latest).Kind switch
        {
            VersionKind.Published => records.Where(r => r.Published),
            VersionKind.Version => records.Where(r => r.ContentItemVersionId == options!.VersionId),
            _ => records.Where(r => r.Latest),
        };

    private async Task<ContentTypeDefinition> GetTypeAsync(ContentItem item, CancellationToken cancellationToken) =>
        await _definitions.GetTypeAsync(item.ContentType, cancellationToken)
            ?? throw new InvalidOperationException($"The content type '{item.ContentType}' of {item} does not exist.");

    private async Task<ContentItemRecord> FindRecordAsync(ContentItem item, CancellationToken cancellationToken) =>
        await Records.FirstOrDefaultAsync(r => r.Id == item.Id && item.Id != 0, cancellationToken)
            ?? throw new InvalidOperationException($"{item} version {item.ContentItemVersionId} is not stored; use CreateAsync.");

    private ContentItemRecord AddDraftVersion(ContentItem item, ContentItemRecord published)
    {
        published.Latest = false;
        item.ContentItemVersionId = ContentIdGenerator.NewId();
        item.Latest = true;
        item.Published = false;

        var draft = ToRecord(item);
        Records.Add(draft);

        return draft;
    }

    // Index providers see the item's latest and published versions as they are after the change.
    private async Task IndexAsync(ContentItem item, ContentTypeDefinition? type, CancellationToken cancellationToken)
    {
        var current = await Records.AsNoTracking()
            .Where(r => r.ContentItemId == item.ContentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        ContentItem? Version(ContentItemRecord? record) =>
            record is null ? null : record.ContentItemVersionId == item.ContentItemVersionId ? item : ToItem(record);

        var context = new IndexContext
        {
            ContentItemId = item.ContentItemId,
            ContentType = item.ContentType,
            Definition = type,
            Latest = Version(current.FirstOrDefault(r => r.Latest)),
            Published = Version(current.FirstOrDefault(r => r.Published)),
            Db = _db,
            CancellationToken = cancellationToken,
        };

        foreach (var provider in IndexProviders)
        {
            await provider.IndexAsync(context);
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (_db.Database.CurrentTransaction is not null)
        {
            await work();
            await _db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await work();
            await _db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The rolled back rows must not be saved again by the next SaveChanges of this scope.
            _db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task InvokeAsync(Func<IContentHandler, Task> invoke)
    {
        foreach (var handler in Handlers)
        {
            await invoke(handler);
        }
    }

    private void Stamp(ContentItem item, DateTime now)
    {
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIdGenerator.NewId();
        }

        if (string.IsNullOrEmpty(item.ContentItemVersionId) || item.Id == 0)
        {
            item.ContentItemVersionId = ContentIdGenerator.NewId();
        }

        item.ModifiedUtc = now;
        item.Author = CurrentUserId() ?? item.Author;
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;

    private string? CurrentUserId() =>
        _httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static ContentItemRecord ToRecord(ContentItem item)
    {
        var record = new ContentItemRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            Content = "",
        };
        Copy(item, record);

        return record;
    }

    private static void Copy(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.DisplayText = item.DisplayText;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Published = item.Published;
        record.Latest = item.Latest;
        record.Content = item.Content.ToJsonString(ContentJson.Options);
    }

    private static ContentItem ToItem(ContentItemRecord record) => new()
    {
        Id = record.Id,
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Owner = record.Owner,
        Author = record.Author,
        CreatedUtc = record.CreatedUtc,
        ModifiedUtc = record.ModifiedUtc,
        PublishedUtc = record.PublishedUtc,
        Published = record.Published,
        Latest = record.Latest,
        Content = JsonNode.Parse(record.Content) as JsonObject ?? [],
    };

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Content item {ContentType} {ContentItemId} created")]
    private partial void LogCreated(string contentType, string contentItemId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Content item {ContentType} {ContentItemId} saved as version {VersionId}")]
    private partial void LogUpdated(string contentType, string contentItemId, string versionId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Content item {ContentType} {ContentItemId} version {VersionId} published")]
    private partial void LogPublished(string contentType, string contentItemId, string versionId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Content item {ContentType} {ContentItemId} unpublished")]
    private partial void LogUnpublished(string contentType, string contentItemId);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "Content item {ContentType} {ContentItemId} removed")]
    private partial void LogRemoved(string contentType, string contentItemId);
}
