using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Helpdesk.Data.Documents;

/// <summary>
/// Documents in the <c>Documents</c> table, cached as JSON in memory. A save inside a
/// transaction is seen by its own scope at once and by everyone else after commit.
/// </summary>
/// <remarks>
/// NOTE: the cache is per node. With several nodes a change made on one node is seen by the
/// others when their entry expires (one minute); a distributed invalidation belongs to the
/// scale-out work.
/// </remarks>
public sealed class DocumentStore : IDocumentStore
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly HelpdeskDbContext _db;
    private readonly IMemoryCache _cache;
    private readonly Dictionary<string, CachedDocument> _savedInScope = [];

    public DocumentStore(HelpdeskDbContext db, IMemoryCache cache)
    {
        _db = db;
        _cache = cache;
    }

    public async Task<T?> FindAsync<T>(CancellationToken cancellationToken = default)
        where T : Document
    {
        var cached = await LoadAsync(IdOf<T>(), cancellationToken);
        if (cached is null)
        {
            return null;
        }

        var document = JsonSerializer.Deserialize<T>(cached.Json, JsonOptions)!;
        document.Version = cached.Version;

        return document;
    }

    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default)
        where T : Document, new() =>
        await FindAsync<T>(cancellationToken) ?? new T();

    public async Task SaveAsync<T>(T document, CancellationToken cancellationToken = default)
        where T : Document
    {
        var id = IdOf<T>();
        var json = JsonSerializer.Serialize(document, JsonOptions);
        var record = await _db.Documents.FindAsync([id], cancellationToken);

        if (record is null)
        {
            record = new DocumentRecord { Id = id, Content = json, Version = 1 };
            _db.Documents.Add(record);
        }
        else
        {
            _db.Entry(record).Property(r => r.Version).OriginalValue = document.Version;
            record.Content = json;
            record.Version = document.Version + 1;
        }

        await SaveRecordAsync(id, document.Version, cancellationToken);

        document.Version = record.Version;
        var saved = new CachedDocument(json, record.Version);
        _savedInScope[id] = saved;
        _db.AfterTransaction(committed => Settle(id, saved, committed));
    }

    // Once the transaction ends the shared cache holds what was committed. A reader that loaded
    // the old row just before the commit cannot put it back: older versions never replace newer.
    private void Settle(string id, CachedDocument saved, bool committed)
    {
        _savedInScope.Remove(id);
        if (committed)
        {
            _cache.Set(CacheKey(id), saved, CacheLifetime);
        }
        else
        {
            _cache.Remove(CacheKey(id));
        }
    }

    private async Task SaveRecordAsync(string id, int loadedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            _db.ChangeTracker.Clear();
            throw new DocumentConcurrencyException(
                $"Document '{id}' was changed by someone else since version {loadedVersion} was loaded.",
                exception);
        }
    }

    private async Task<CachedDocument?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (_savedInScope.TryGetValue(id, out var saved))
        {
            return saved;
        }

        if (_cache.TryGetValue(CacheKey(id), out CachedDocument? cached))
        {
            return cached;
        }

        var record = await _db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var loaded = record is null ? null : new CachedDocument(record.Content, record.Version);
        if (loaded is not null && _db.Database.CurrentTransaction is null)
        {
            CacheUnlessNewerCached(id, loaded);
        }

        return loaded;
    }

    private void CacheUnlessNewerCached(string id, CachedDocument loaded)
    {
        if (_cache.TryGetValue(CacheKey(id), out CachedDocument? cached) && cached!.Version >= loaded.Version)
        {
            return;
        }

        _cache.Set(CacheKey(id), loaded, CacheLifetime);
    }

    private static string IdOf<T>() => typeof(T).Name;

    private static string CacheKey(string id) => "Helpdesk.Document:" + id;

    private sealed record CachedDocument(string Json, int Version);
}
