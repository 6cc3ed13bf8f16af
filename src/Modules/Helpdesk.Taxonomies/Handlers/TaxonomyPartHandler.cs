using System.Text.RegularExpressions;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Services;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Taxonomies.Handlers;

/// <summary>
/// Keeps taxonomies sound however they are saved (admin, recipe, content step): checks the tree,
/// gives new terms ids and display texts, makes sure the term type exists, refuses to remove a
/// taxonomy items use, and drops the cached snapshot once a change is committed.
/// </summary>
public sealed partial class TaxonomyPartHandler : IContentHandler
{
    private readonly TaxonomyService _taxonomies;
    private readonly ITaxonomyQuery _query;
    private readonly TaxonomySnapshotCache _cache;
    private readonly HelpdeskDbContext _db;
    private readonly ISiteService _site;

    public TaxonomyPartHandler(
        TaxonomyService taxonomies,
        ITaxonomyQuery query,
        TaxonomySnapshotCache cache,
        HelpdeskDbContext db,
        ISiteService site,
        IStringLocalizer<TaxonomyPartHandler> localizer)
    {
        _taxonomies = taxonomies;
        _query = query;
        _cache = cache;
        _db = db;
        _site = site;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    /// <summary>True for ids recipes may give terms and taxonomies: lowercase letters, digits and dashes.</summary>
    public static bool IsValidId(string? id) => id is not null && ReadableId().IsMatch(id);

    public Task CreatingAsync(ContentContext context) => CompleteAsync(context);

    public Task UpdatingAsync(ContentContext context) => CompleteAsync(context);

    public Task CreatedAsync(ContentContext context) => ForgetAsync(context);

    public Task UpdatedAsync(ContentContext context) => ForgetAsync(context);

    public Task PublishedAsync(PublishContentContext context) => ForgetAsync(context);

    public Task UnpublishedAsync(PublishContentContext context) => ForgetAsync(context);

    public Task RemovedAsync(ContentContext context) => ForgetAsync(context);

    public async Task RemovingAsync(ContentContext context)
    {
        if (!IsTaxonomy(context))
        {
            return;
        }

        var count = await _query.CountItemsAsync(context.ContentItem.ContentItemId, context.CancellationToken);
        if (count > 0)
        {
            throw new InvalidOperationException(
                S["The taxonomy {0} cannot be deleted: {1} content items use its terms.", context.ContentItem.DisplayText, count]);
        }
    }

    public Task ValidatingAsync(ValidateContentContext context)
    {
        if (!IsTaxonomy(context) || context.ContentItem.As<TaxonomyPart>() is not { } part)
        {
            return Task.CompletedTask;
        }

        if (!ContentDefinitionManager.IsValidName(part.TermContentType))
        {
            context.Fail("TaxonomyPart.TermContentType", S["The term type must be a name of letters, digits and underscores, starting with a letter."]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in TaxonomyTree.Walk(part.Terms).Select(l => l.Term))
        {
            CheckTerm(context, term, seen);
        }

        return Task.CompletedTask;
    }

    private void CheckTerm(ValidateContentContext context, TaxonomyTerm term, HashSet<string> seen)
    {
        if (!term.Titles.Values.Any(t => !string.IsNullOrWhiteSpace(t)))
        {
            context.Fail("TaxonomyPart.Terms", S["Every term needs a title."]);
        }

        if (term.ContentItemId.Length == 0)
        {
            return;
        }

        if (!IsValidId(term.ContentItemId))
        {
            context.Fail("TaxonomyPart.Terms", S["The term id '{0}' is not valid: use lowercase letters, digits and dashes.", term.ContentItemId]);
        }
        else if (!seen.Add(term.ContentItemId))
        {
            context.Fail("TaxonomyPart.Terms", S["The term id '{0}' is used more than once.", term.ContentItemId]);
        }
    }

    private async Task CompleteAsync(ContentContext context)
    {
        if (!IsTaxonomy(context) || context.ContentItem.As<TaxonomyPart>() is not { } part)
        {
            return;
        }

        var language = (await _site.FindSettingsAsync(context.CancellationToken))?.DefaultLanguage ?? SupportedCultures.English;
        foreach (var term in TaxonomyTree.Walk(part.Terms).Select(l => l.Term))
        {
            term.ContentItemId = term.ContentItemId.Length == 0 ? ContentIdGenerator.NewId() : term.ContentItemId;
            term.ContentType = part.TermContentType;
            term.DisplayText = LocalizedText.Pick(term.Titles, language, SupportedCultures.English, term.DisplayText);
        }

        var item = context.ContentItem;
        item.DisplayText = LocalizedText.Pick(part.Names, language, SupportedCultures.English, item.DisplayText);
        item.Apply(part);
        await _taxonomies.EnsureTypesAsync(part.TermContentType, context.CancellationToken);
    }

    private Task ForgetAsync(ContentContext context)
    {
        if (IsTaxonomy(context))
        {
            var taxonomyId = context.ContentItem.ContentItemId;
            _db.AfterTransaction(() => _cache.Invalidate(taxonomyId));
        }

        return Task.CompletedTask;
    }

    private static bool IsTaxonomy(ContentContext context) =>
        TaxonomyNames.IsTaxonomy(context.Definition, context.ContentItem.ContentType);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex ReadableId();
}
