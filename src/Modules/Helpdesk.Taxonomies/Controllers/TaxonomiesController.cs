using System.Globalization;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Services;
using Helpdesk.Taxonomies.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Taxonomies.Controllers;

/// <summary>
/// The admin pages of taxonomies: the list, a new taxonomy, and the tree editor whose buttons are
/// plain forms (add, edit title and fields, move up/down/in/out, delete), so it works without script.
/// </summary>
[Admin]
[RequirePermission(nameof(Permissions.ManageTaxonomies))]
[Route("admin/taxonomies")]
public sealed partial class TaxonomiesController : Controller
{
    private readonly TaxonomyService _taxonomies;
    private readonly ITaxonomyQuery _query;
    private readonly TermFields _termFields;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;
    private readonly ILogger<TaxonomiesController> _logger;

    public TaxonomiesController(
        TaxonomyService taxonomies,
        ITaxonomyQuery query,
        TermFields termFields,
        ISiteService site,
        INotifier notifier,
        IStringLocalizer<TaxonomiesController> localizer,
        ILogger<TaxonomiesController> logger)
    {
        _taxonomies = taxonomies;
        _query = query;
        _termFields = termFields;
        _site = site;
        _notifier = notifier;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var fallback = await FallbackLanguageAsync(cancellationToken);
        var entries = (await _taxonomies.ListAsync(cancellationToken))
            .Select(item => (Item: item, Part: item.As<TaxonomyPart>() ?? new TaxonomyPart()))
            .Select(t => new TaxonomyListEntryViewModel(
                t.Item.ContentItemId,
                Name(t.Item, t.Part, fallback),
                t.Part.TermContentType,
                TaxonomyTree.Walk(t.Part.Terms).Count()))
            .OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        return View(entries);
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new TaxonomyCreateViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(TaxonomyCreateViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var names = new Dictionary<string, string>
        {
            [SupportedCultures.English] = model.NameEn,
            [SupportedCultures.German] = model.NameDe ?? "",
        };
        var item = await _taxonomies.CreateAsync(null, names, model.TermContentType.Trim(), cancellationToken);
        LogCreated(item.ContentItemId);
        _notifier.Success(S["The taxonomy {0} was created. Add its terms now.", item.DisplayText]);

        return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item || item.As<TaxonomyPart>() is not { } part)
        {
            return NotFound();
        }

        var fallback = await FallbackLanguageAsync(cancellationToken);
        var rows = TaxonomyTree.Walk(part.Terms)
            .Select(l => new TermRowViewModel(
                l.Term.ContentItemId,
                Title(l.Term, fallback),
                l.Depth,
                CanMoveUp: l.Index > 0,
                CanMoveDown: l.Index < l.Siblings.Count - 1,
                CanIndent: l.Index > 0,
                CanOutdent: l.Parent is not null))
            .ToList();

        return View(new TaxonomyEditViewModel
        {
            Id = item.ContentItemId,
            Name = Name(item, part, fallback),
            TermContentType = part.TermContentType,
            Terms = rows,
        });
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var used = await _query.CountItemsAsync(id, cancellationToken);
        var fields = await _taxonomies.FieldsUsingAsync(id, cancellationToken);
        if (used > 0)
        {
            _notifier.Error(S["The taxonomy {0} cannot be deleted: {1} content items use its terms.", item.DisplayText, used]);
            return RedirectToAction(nameof(Edit), new { id });
        }

        if (fields.Count > 0)
        {
            _notifier.Error(S["The taxonomy {0} cannot be deleted: the fields {1} take their terms from it.", item.DisplayText, string.Join(", ", fields)]);
            return RedirectToAction(nameof(Edit), new { id });
        }

        await _taxonomies.DeleteAsync(item, cancellationToken);
        LogDeleted(id);
        _notifier.Success(S["The taxonomy {0} was deleted.", item.DisplayText]);

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/terms/add")]
    public async Task<IActionResult> AddTerm(string id, string? parentId, CancellationToken cancellationToken)
    {
        var page = await TermPageAsync(id, null, new TermInputViewModel { ParentId = parentId }, null, cancellationToken);

        return page is null ? NotFound() : View("EditTerm", page);
    }

    [HttpPost("{id}/terms/add")]
    [ActionName(nameof(AddTerm))]
    public async Task<IActionResult> AddTermPost(string id, TermInputViewModel input, CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item || item.As<TaxonomyPart>() is not { } part)
        {
            return NotFound();
        }

        var siblings = string.IsNullOrEmpty(input.ParentId) ? part.Terms : TaxonomyTree.Find(part.Terms, input.ParentId)?.Term.Children;
        if (siblings is null)
        {
            return NotFound();
        }

        var updater = new ContentUpdater(await Request.ReadFormAsync(cancellationToken), ModelState);
        var content = await _termFields.ReadAsync(part, null, updater, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("EditTerm", await TermPageAsync(id, null, input, updater, cancellationToken));
        }

        var term = new TaxonomyTerm { ContentItemId = ContentIdGenerator.NewId(), Titles = Titles(input), Content = content };
        siblings.Add(term);
        await _taxonomies.SaveAsync(item, part, cancellationToken);
        _notifier.Success(S["The term {0} was added.", input.TitleEn.Trim()]);

        return RedirectToTerm(id, term.ContentItemId);
    }

    [HttpGet("{id}/terms/{termId}")]
    public async Task<IActionResult> EditTerm(string id, string termId, CancellationToken cancellationToken)
    {
        var page = await TermPageAsync(id, termId, null, null, cancellationToken);

        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id}/terms/{termId}")]
    [ActionName(nameof(EditTerm))]
    public async Task<IActionResult> EditTermPost(
        string id,
        string termId,
        TermInputViewModel input,
        CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item
            || item.As<TaxonomyPart>() is not { } part
            || TaxonomyTree.Find(part.Terms, termId) is not { } location)
        {
            return NotFound();
        }

        var updater = new ContentUpdater(await Request.ReadFormAsync(cancellationToken), ModelState);
        var content = await _termFields.ReadAsync(part, location.Term, updater, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await TermPageAsync(id, termId, input, updater, cancellationToken));
        }

        location.Term.Content = content;
        foreach (var (language, title) in Titles(input))
        {
            location.Term.Titles[language] = title;
        }

        if (string.IsNullOrWhiteSpace(input.TitleDe))
        {
            location.Term.Titles.Remove(SupportedCultures.German);
        }

        await _taxonomies.SaveAsync(item, part, cancellationToken);
        _notifier.Success(S["The term {0} was saved.", input.TitleEn.Trim()]);

        return RedirectToTerm(id, termId);
    }

    [HttpPost("{id}/terms/{termId}/move")]
    public async Task<IActionResult> MoveTerm(string id, string termId, TermMove direction, CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item || item.As<TaxonomyPart>() is not { } part)
        {
            return NotFound();
        }

        if (!TaxonomyTree.Move(part.Terms, termId, direction))
        {
            _notifier.Warning(S["The term cannot move that way."]);
            return RedirectToTerm(id, termId);
        }

        await _taxonomies.SaveAsync(item, part, cancellationToken);

        return RedirectToTerm(id, termId);
    }

    [HttpPost("{id}/terms/{termId}/delete")]
    public async Task<IActionResult> DeleteTerm(string id, string termId, CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item
            || item.As<TaxonomyPart>() is not { } part
            || TaxonomyTree.Find(part.Terms, termId) is not { } location)
        {
            return NotFound();
        }

        var title = Title(location.Term, await FallbackLanguageAsync(cancellationToken));
        var used = await _query.CountItemsUnderTermAsync(id, termId, cancellationToken);
        if (used > 0)
        {
            _notifier.Error(S["The term {0} cannot be deleted: {1} content items use it or a term beneath it.", title, used]);
            return RedirectToTerm(id, termId);
        }

        TaxonomyTree.Remove(part.Terms, termId);
        await _taxonomies.SaveAsync(item, part, cancellationToken);
        _notifier.Success(S["The term {0} was deleted.", title]);

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<TermEditViewModel?> TermPageAsync(
        string id,
        string? termId,
        TermInputViewModel? input,
        ContentUpdater? updater,
        CancellationToken cancellationToken)
    {
        if (await _taxonomies.FindAsync(id, cancellationToken) is not { } item || item.As<TaxonomyPart>() is not { } part)
        {
            return null;
        }

        var location = termId is null ? null : TaxonomyTree.Find(part.Terms, termId);
        if (termId is not null && location is null)
        {
            return null;
        }

        var parentId = location is null ? input?.ParentId : location.Parent?.ContentItemId;
        var parent = string.IsNullOrEmpty(parentId) ? null : TaxonomyTree.Find(part.Terms, parentId);
        if (!string.IsNullOrEmpty(parentId) && parent is null)
        {
            return null;
        }

        var fallback = await FallbackLanguageAsync(cancellationToken);

        return new TermEditViewModel
        {
            TaxonomyId = id,
            TaxonomyName = Name(item, part, fallback),
            TermId = termId,
            ParentPath = parent is null ? "" : Path(part, parent, fallback),
            Input = input ?? new TermInputViewModel
            {
                TitleEn = location?.Term.Titles.GetValueOrDefault(SupportedCultures.English) ?? "",
                TitleDe = location?.Term.Titles.GetValueOrDefault(SupportedCultures.German),
                ParentId = parentId,
            },
            Fields = await _termFields.BuildEditorAsync(part, location?.Term, updater, cancellationToken),
        };
    }

    private RedirectResult RedirectToTerm(string id, string termId) =>
        Redirect(Url.Action(nameof(Edit), new { id }) + "#term-" + termId);

    private async Task<string> FallbackLanguageAsync(CancellationToken cancellationToken) =>
        (await _site.FindSettingsAsync(cancellationToken))?.DefaultLanguage ?? SupportedCultures.English;

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static string Title(TaxonomyTerm term, string fallback) =>
        LocalizedText.Pick(term.Titles, Language, fallback, term.DisplayText);

    private static string Name(ContentItem item, TaxonomyPart part, string fallback) =>
        LocalizedText.Pick(part.Names, Language, fallback, item.DisplayText);

    private static string Path(TaxonomyPart part, TermLocation location, string fallback)
    {
        var names = new List<string>();
        for (var current = location; current is not null;)
        {
            names.Insert(0, Title(current.Term, fallback));
            current = current.Parent is null ? null : TaxonomyTree.Find(part.Terms, current.Parent.ContentItemId);
        }

        return string.Join(" › ", names);
    }

    private static Dictionary<string, string> Titles(TermInputViewModel input)
    {
        var titles = new Dictionary<string, string> { [SupportedCultures.English] = input.TitleEn.Trim() };
        if (!string.IsNullOrWhiteSpace(input.TitleDe))
        {
            titles[SupportedCultures.German] = input.TitleDe.Trim();
        }

        return titles;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Taxonomy {TaxonomyId} created")]
    private partial void LogCreated(string taxonomyId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Taxonomy {TaxonomyId} deleted")]
    private partial void LogDeleted(string taxonomyId);
}
