using System.Text.RegularExpressions;
using Helpdesk.ContentManagement.Records;
using Helpdesk.Data;
using Helpdesk.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.ContentManagement.Metadata;

public sealed partial class ContentDefinitionManager : IContentDefinitionManager
{
    private readonly IDocumentStore _documents;
    private readonly HelpdeskDbContext _db;
    private readonly ContentDefinitionCache _cache;
    private readonly ILogger<ContentDefinitionManager> _logger;
    private ContentDefinitions? _scoped;

    public ContentDefinitionManager(
        IDocumentStore documents,
        HelpdeskDbContext db,
        ContentDefinitionCache cache,
        IStringLocalizer<ContentDefinitionManager> localizer,
        ILogger<ContentDefinitionManager> logger)
    {
        _documents = documents;
        _db = db;
        _cache = cache;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    public async Task<ContentDefinitions> GetDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        if (_scoped is not null)
        {
            return _scoped;
        }

        if (_cache.TryGet(out var cached))
        {
            return _scoped = cached;
        }

        var generation = _cache.Generation;
        var document = await _documents.GetAsync<ContentDefinitionDocument>(cancellationToken);
        var last = _cache.Last;
        var definitions = last is not null && last.Version == document.Version && document.Version > 0
            ? last
            : new ContentDefinitions(document.Version, document.Types, document.Parts);

        if (_db.Database.CurrentTransaction is null)
        {
            _cache.Set(definitions, generation);
        }

        return _scoped = definitions;
    }

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetDefinitionsAsync(cancellationToken)).FindType(name);

    public async Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetDefinitionsAsync(cancellationToken)).FindPart(name);

    public Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default) =>
        SaveAsync([], [type], cancellationToken);

    public Task SavePartAsync(ContentPartDefinition part, CancellationToken cancellationToken = default) =>
        SaveAsync([part], [], cancellationToken);

    public async Task SaveAsync(
        IEnumerable<ContentPartDefinition> parts,
        IEnumerable<ContentTypeDefinition> types,
        CancellationToken cancellationToken = default)
    {
        var (partList, typeList) = (parts.ToList(), types.ToList());
        partList.ForEach(CheckPart);
        typeList.ForEach(CheckType);

        await ChangeAsync(document =>
        {
            partList.ForEach(part => Replace(document.Parts, part, p => p.Name == part.Name));
            typeList.ForEach(type => Replace(document.Types, Stored(type), t => t.Name == type.Name));
            AddMissingParts(document);
        }, cancellationToken);

        foreach (var type in typeList)
        {
            LogTypeSaved(type.Name);
        }
    }

    public async Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default)
    {
        var count = await CountItemsAsync(name, cancellationToken);
        if (count > 0)
        {
            throw new ContentDefinitionException(
                S["The content type {0} cannot be deleted: {1} content items use it. Delete them first.", name, count]);
        }

        await ChangeAsync(document => document.Types.RemoveAll(t => t.Name == name), cancellationToken);
        LogTypeDeleted(name);
    }

    public async Task DeletePartAsync(string name, CancellationToken cancellationToken = default)
    {
        var definitions = await GetDefinitionsAsync(cancellationToken);
        var users = definitions.Types.Where(t => t.Parts.Any(p => p.PartName == name)).Select(t => t.DisplayName).ToList();
        if (users.Count > 0)
        {
            throw new ContentDefinitionException(
                S["The part {0} cannot be deleted: the content types {1} use it.", name, string.Join(", ", users)]);
        }

        await ChangeAsync(document => document.Parts.RemoveAll(p => p.Name == name), cancellationToken);
    }

    public Task<int> CountItemsAsync(string typeName, CancellationToken cancellationToken = default) =>
        _db.Set<ContentItemIndex>()
            .Where(i => i.ContentType == typeName)
            .Select(i => i.ContentItemId)
            .Distinct()
            .CountAsync(cancellationToken);

    private async Task ChangeAsync(Action<ContentDefinitionDocument> change, CancellationToken cancellationToken)
    {
        var document = await _documents.GetAsync<ContentDefinitionDocument>(cancellationToken);
        change(document);
        await _documents.SaveAsync(document, cancellationToken);

        _scoped = new ContentDefinitions(document.Version, document.Types, document.Parts);
        _db.AfterTransaction(_cache.Invalidate);
    }

    // Resolved parts and fields are a view of the snapshot, not part of what is stored.
    private static ContentTypeDefinition Stored(ContentTypeDefinition type) =>
        type with { Parts = type.Parts.Select(p => p with { PartDefinition = null }).ToList(), Fields = [] };

    private static void AddMissingParts(ContentDefinitionDocument document)
    {
        var known = document.Parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = document.Types.SelectMany(t => t.Parts).Select(p => p.PartName).Where(known.Add).ToList();
        document.Parts.AddRange(missing.Select(name => new ContentPartDefinition(name)));
    }

    private static void Replace<T>(List<T> list, T item, Predicate<T> match)
    {
        var index = list.FindIndex(match);
        if (index < 0)
        {
            list.Add(item);
        }
        else
        {
            list[index] = item;
        }
    }

    private void CheckType(ContentTypeDefinition type)
    {
        CheckName(type.Name);
        CheckUnique(type.Parts.Select(p => p.Name), type.Name);
        foreach (var part in type.Parts)
        {
            CheckName(part.Name);
            CheckName(part.PartName);
        }
    }

    private void CheckPart(ContentPartDefinition part)
    {
        CheckName(part.Name);
        CheckUnique(part.Fields.Select(f => f.Name), part.Name);
        foreach (var field in part.Fields)
        {
            CheckName(field.Name);
            if (string.IsNullOrWhiteSpace(field.FieldType))
            {
                throw new ContentDefinitionException(S["The field {0} of {1} has no field type.", field.Name, part.Name]);
            }
        }
    }

    /// <summary>True for names usable as type, part and field names: letters, digits and underscores, starting with a letter.</summary>
    public static bool IsValidName(string? name) => name is not null && TechnicalName().IsMatch(name);

    private void CheckName(string? name)
    {
        if (!IsValidName(name))
        {
            throw new ContentDefinitionException(
                S["The name '{0}' is not valid: use letters, digits and underscores, starting with a letter.", name ?? ""]);
        }
    }

    private void CheckUnique(IEnumerable<string> names, string owner)
    {
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ContentDefinitionException(S["{0} names {1} more than once.", owner, duplicate.Key]);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,99}$")]
    private static partial Regex TechnicalName();

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Content type {ContentType} saved")]
    private partial void LogTypeSaved(string contentType);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Content type {ContentType} deleted")]
    private partial void LogTypeDeleted(string contentType);
}
