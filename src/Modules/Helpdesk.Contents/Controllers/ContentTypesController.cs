using System.Globalization;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Contents.Services;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Data.Documents;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Controllers;

/// <summary>Lists, creates, edits, deletes and exports content types, and arranges their parts.</summary>
[Admin]
[RequirePermission(nameof(ContentsPermissions.ManageContentTypes))]
[Route("admin/content-types")]
public sealed class ContentTypesController : Controller
{
    private readonly IContentDefinitionManager _definitions;
    private readonly ContentTypeAdminService _types;
    private readonly ContentDefinitionsExporter _exporter;
    private readonly INotifier _notifier;

    public ContentTypesController(
        IContentDefinitionManager definitions,
        ContentTypeAdminService types,
        ContentDefinitionsExporter exporter,
        INotifier notifier,
        IStringLocalizer<ContentTypesController> localizer)
    {
        _definitions = definitions;
        _types = types;
        _exporter = exporter;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var entries = new List<ContentTypeListEntry>();
        foreach (var type in definitions.Types)
        {
            var items = await _definitions.CountItemsAsync(type.Name, cancellationToken);
            entries.Add(new ContentTypeListEntry(
                type.Name, type.DisplayNameFor(CultureInfo.CurrentUICulture), type.TypeSettings.Stereotype, type.Parts.Count, type.Fields.Count, items));
        }

        return View(new ContentTypeListViewModel(entries));
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new ContentTypeSettingsViewModel { Creatable = true, Listable = true });

    [HttpPost("create")]
    public async Task<IActionResult> Create(ContentTypeSettingsViewModel model, CancellationToken cancellationToken)
    {
        model.TechnicalName = string.IsNullOrWhiteSpace(model.TechnicalName) ? TechnicalName.From(model.DisplayName) : model.TechnicalName.Trim();
        await CheckNewNameAsync(model.TechnicalName, cancellationToken);
        CheckStereotype(model, nameof(model.Stereotype));
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var type = model.ApplyTo(new ContentTypeDefinition(model.TechnicalName, model.DisplayName));
        var error = await TryAsync(() => _types.CreateTypeAsync(type, cancellationToken));
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
            return View(model);
        }

        _notifier.Success(S["The content type {0} was created. Add its fields now.", type.DisplayNameFor(CultureInfo.CurrentUICulture)]);

        return RedirectToAction(nameof(Edit), new { name = type.Name });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit([FromRoute] string name, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);

        return type is null ? NotFound() : View(await EditModelAsync(type, null, null, cancellationToken));
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(
        [FromRoute] string name,
        [Bind(Prefix = nameof(ContentTypeEditViewModel.Settings))] ContentTypeSettingsViewModel settings,
        CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        settings.TechnicalName = type.Name;
        CheckStereotype(settings, nameof(ContentTypeEditViewModel.Settings) + "." + nameof(settings.Stereotype));
        var changed = settings.ApplyTo(type);
        var error = ModelState.IsValid ? await TryAsync(() => _types.SaveTypeAsync(changed, cancellationToken)) : null;
        if (!ModelState.IsValid || error is not null)
        {
            ModelState.AddModelError(string.Empty, error ?? S["The settings were not saved: please correct the marked entries."]);
            return View(await EditModelAsync(type, settings, null, cancellationToken));
        }

        _notifier.Success(S["The content type {0} was saved.", changed.DisplayNameFor(CultureInfo.CurrentUICulture)]);

        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpPost("{name}/parts/add")]
    public async Task<IActionResult> AddPart([FromRoute] string name, string? existingPart, string? newPartName, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var partName = string.IsNullOrWhiteSpace(newPartName) ? existingPart?.Trim() : newPartName.Trim();
        var error = await CheckPartNameAsync(type, partName, existingPart, cancellationToken)
            ?? await TryAsync(() => _types.AddPartAsync(type, partName!, cancellationToken));
        if (error is not null)
        {
            ModelState.AddModelError(nameof(ContentTypeEditViewModel.NewPartName), error);
            return View(nameof(Edit), await EditModelAsync(type, null, newPartName, cancellationToken));
        }

        _notifier.Success(S["The part {0} was added.", partName!]);

        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpPost("{name}/parts/{part}/remove")]
    public Task<IActionResult> RemovePart([FromRoute] string name, [FromRoute] string part, CancellationToken cancellationToken) =>
        ChangeAsync(name, type => _types.RemovePartAsync(type, part, cancellationToken), S["The part {0} was removed.", part], cancellationToken);

    [HttpPost("{name}/parts/{part}/move")]
    public Task<IActionResult> MovePart([FromRoute] string name, [FromRoute] string part, string direction, CancellationToken cancellationToken) =>
        ChangeAsync(name, type => _types.MovePartAsync(type, part, Offset(direction), cancellationToken), null, cancellationToken);

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var error = await TryAsync(() => _types.DeleteTypeAsync(type, cancellationToken));
        if (error is not null)
        {
            _notifier.Error(error);
            return RedirectToAction(nameof(Edit), new { name });
        }

        _notifier.Success(S["The content type {0} was deleted.", type.DisplayNameFor(CultureInfo.CurrentUICulture)]);

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{name}/export")]
    public async Task<IActionResult> Export([FromRoute] string name, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var recipeName = "content-type-" + type.Name;
        var json = await _exporter.ExportAsync([type], recipeName, S["The content type {0}.", type.DisplayName], cancellationToken);

        return File(json, "application/json", recipeName + ".recipe.json");
    }

    [HttpGet("export")]
    public async Task<IActionResult> ExportAll(CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var json = await _exporter.ExportAsync(definitions.Types, "content-types", S["All content types."], cancellationToken);

        return File(json, "application/json", "content-types.recipe.json");
    }

    internal static int Offset(string? direction) => direction == "up" ? -1 : 1;

    private async Task<IActionResult> ChangeAsync(
        string name,
        Func<ContentTypeDefinition, Task> change,
        string? success,
        CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var error = await TryAsync(() => change(type));
        if (error is not null)
        {
            _notifier.Error(error);
        }
        else if (success is not null)
        {
            _notifier.Success(success);
        }

        return RedirectToAction(nameof(Edit), new { name });
    }

    private async Task<ContentTypeEditViewModel> EditModelAsync(
        ContentTypeDefinition type,
        ContentTypeSettingsViewModel? settings,
        string? newPartName,
        CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var used = type.Parts.Select(p => p.PartName).ToHashSet(StringComparer.Ordinal);

        return new ContentTypeEditViewModel
        {
            Type = type,
            Settings = settings ?? ContentTypeSettingsViewModel.From(type),
            Parts = type.Parts.Select(p => new ContentTypePartEntry(
                p.Name,
                p.PartName,
                p.PartDefinition?.Fields.Count ?? 0,
                OtherUsers(definitions, type, p.PartName))).ToList(),
            Fields = type.Fields,
            ItemCount = await _definitions.CountItemsAsync(type.Name, cancellationToken),
            AvailableParts = definitions.Parts.Select(p => p.Name).Where(p => !used.Contains(p)).ToList(),
            NewPartName = newPartName,
        };
    }

    internal static IReadOnlyList<string> OtherUsers(ContentDefinitions definitions, ContentTypeDefinition type, string partName) =>
        definitions.Types
            .Where(t => t.Name != type.Name && t.Parts.Any(p => p.PartName == partName))
            .Select(t => t.DisplayNameFor(CultureInfo.CurrentUICulture))
            .ToList();

    private async Task CheckNewNameAsync(string name, CancellationToken cancellationToken)
    {
        var key = nameof(ContentTypeSettingsViewModel.TechnicalName);
        if (!ContentDefinitionManager.IsValidName(name))
        {
            ModelState.AddModelError(key, S["The technical name must start with a letter and hold only letters, digits and underscores."]);
            return;
        }

        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        if (definitions.Types.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(key, S["A content type with the technical name {0} already exists.", name]);
        }
    }

    private void CheckStereotype(ContentTypeSettingsViewModel model, string key)
    {
        if (!string.IsNullOrWhiteSpace(model.Stereotype) && !ContentDefinitionManager.IsValidName(model.Stereotype.Trim()))
        {
            ModelState.AddModelError(key, S["The stereotype must start with a letter and hold only letters, digits and underscores."]);
        }
    }

    private async Task<string?> CheckPartNameAsync(
        ContentTypeDefinition type,
        string? partName,
        string? existingPart,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(partName))
        {
            return S["Choose a part or enter the name of a new one."];
        }

        if (!ContentDefinitionManager.IsValidName(partName))
        {
            return S["The technical name must start with a letter and hold only letters, digits and underscores."];
        }

        if (type.FindPart(partName) is not null)
        {
            return S["The content type already has the part {0}.", partName];
        }

        var isNew = partName != existingPart?.Trim();
        var exists = await _definitions.GetPartAsync(partName, cancellationToken) is not null;

        return isNew && exists ? S["A part named {0} exists already: choose it from the list.", partName].Value : null;
    }

    private async Task<string?> TryAsync(Func<Task> change)
    {
        try
        {
            await change();
            return null;
        }
        catch (ContentDefinitionException exception)
        {
            return exception.Message;
        }
        catch (DocumentConcurrencyException)
        {
            return S["Someone else changed the content types at the same time. Please reload the page and try again."];
        }
    }
}
