using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Records;
using Helpdesk.Data;
using Helpdesk.Taxonomies.Models;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Taxonomies.Services;

/// <summary>Lists, creates, saves and deletes taxonomies, and makes sure their content types exist.</summary>
public sealed class TaxonomyService
{
    private readonly IContentManager _contents;
    private readonly IContentDefinitionManager _definitions;
    private readonly HelpdeskDbContext _db;

    public TaxonomyService(IContentManager contents, IContentDefinitionManager definitions, HelpdeskDbContext db)
    {
        _contents = contents;
        _definitions = definitions;
        _db = db;
    }

    /// <summary>Every taxonomy (latest version), by name.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var ids = await _db.Set<ContentItemIndex>()
            .Where(i => i.ContentType == TaxonomyNames.ContentType && i.Latest)
            .OrderBy(i => i.DisplayText)
            .Select(i => i.ContentItemId)
            .ToListAsync(cancellationToken);

        return await _contents.GetManyAsync(ids, VersionOptions.Latest, cancellationToken);
    }

    /// <summary>The taxonomy's latest version, or null when no taxonomy has the id.</summary>
    public async Task<ContentItem?> FindAsync(string taxonomyId, CancellationToken cancellationToken = default)
    {
        var item = await _contents.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken);

        return item?.ContentType == TaxonomyNames.ContentType ? item : null;
    }

    /// <summary>A new published taxonomy without terms; its id is made up unless given.</summary>
    public async Task<ContentItem> CreateAsync(
        string? taxonomyId,
        IReadOnlyDictionary<string, string> names,
        string termContentType,
        CancellationToken cancellationToken = default)
    {
        await EnsureTypesAsync(termContentType, cancellationToken);
        var item = await _contents.NewAsync(TaxonomyNames.ContentType, cancellationToken);
        if (!string.IsNullOrEmpty(taxonomyId))
        {
            item.ContentItemId = taxonomyId;
        }

        item.Apply(new TaxonomyPart
        {
            TermContentType = termContentType,
            Names = names.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value.Trim()),
        });
        await _contents.CreateAsync(item, VersionOptions.Published, cancellationToken);

        return item;
    }

    /// <summary>Stores the part's changes in the taxonomy, keeping it published.</summary>
    public async Task SaveAsync(ContentItem taxonomy, TaxonomyPart part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        taxonomy.Apply(part);
        await _contents.UpdateAsync(taxonomy, cancellationToken);
        if (!taxonomy.Published)
        {
            await _contents.PublishAsync(taxonomy, cancellationToken);
        }
    }

    public Task DeleteAsync(ContentItem taxonomy, CancellationToken cancellationToken = default) =>
        _contents.RemoveAsync(taxonomy, cancellationToken);

    /// <summary>The fields (<c>Type: Field</c>) whose terms come from the taxonomy.</summary>
    public async Task<IReadOnlyList<string>> FieldsUsingAsync(string taxonomyId, CancellationToken cancellationToken = default)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);

        return definitions.Types
            .SelectMany(type => type.Fields.Select(field => (Type: type, Field: field)))
            .Where(f => f.Field.FieldType == nameof(TaxonomyField)
                && f.Field.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId == taxonomyId)
            .Select(f => $"{f.Type.DisplayName}: {f.Field.DisplayName}")
            .ToList();
    }

    /// <summary>Creates the taxonomy type and the term type when they do not exist yet.</summary>
    public async Task EnsureTypesAsync(string? termContentType, CancellationToken cancellationToken = default)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var missing = new List<ContentTypeDefinition>();
        if (definitions.FindType(TaxonomyNames.ContentType) is null)
        {
            missing.Add(NewType(TaxonomyNames.ContentType, "Taxonomy", TaxonomyNames.Stereotype, TaxonomyNames.Part));
        }

        if (ContentDefinitionManager.IsValidName(termContentType) && definitions.FindType(termContentType!) is null)
        {
            missing.Add(NewType(termContentType!, termContentType!, TaxonomyNames.TermStereotype, termContentType!));
        }

        if (missing.Count > 0)
        {
            await _definitions.SaveAsync([], missing, cancellationToken);
        }
    }

    private static ContentTypeDefinition NewType(string name, string displayName, string stereotype, string partName) =>
        new(name, displayName)
        {
            Settings = ContentSettings.Empty.With(new ContentTypeSettings { Stereotype = stereotype }),
            Parts = [new ContentTypePartDefinition(partName)],
        };
}
