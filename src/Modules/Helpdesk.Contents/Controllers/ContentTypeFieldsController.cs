using System.Globalization;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
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

/// <summary>Adds, edits, removes and reorders the fields of a content type.</summary>
[Admin]
[RequirePermission(nameof(ContentsPermissions.ManageContentTypes))]
[Route("admin/content-types/{name}/fields")]
public sealed class ContentTypeFieldsController : Controller
{
    private readonly IContentDefinitionManager _definitions;
    private readonly ContentFieldDrivers _drivers;
    private readonly ContentTypeAdminService _types;
    private readonly FieldSettingsEditor _editor;
    private readonly TaxonomyChoices _taxonomies;
    private readonly INotifier _notifier;

    public ContentTypeFieldsController(
        IContentDefinitionManager definitions,
        ContentFieldDrivers drivers,
        ContentTypeAdminService types,
        FieldSettingsEditor editor,
        TaxonomyChoices taxonomies,
        INotifier notifier,
        IStringLocalizer<ContentTypeFieldsController> localizer)
    {
        _definitions = definitions;
        _drivers = drivers;
        _types = types;
        _editor = editor;
        _taxonomies = taxonomies;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("add")]
    public async Task<IActionResult> Add([FromRoute] string name, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var firstPart = type.Parts.Count > 0 ? type.Parts[0].Name : "";
        var model = new AddFieldViewModel { PartName = type.FindPart(type.Name)?.Name ?? firstPart };

        return View(Fill(model, type));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add([FromRoute] string name, AddFieldViewModel model, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        model.TechnicalName = string.IsNullOrWhiteSpace(model.TechnicalName) ? TechnicalName.From(model.DisplayName) : model.TechnicalName.Trim();
        var typePart = type.FindPart(model.PartName);
        CheckNewField(model, type, typePart);
        var error = ModelState.IsValid ? await TryAsync(() => _types.AddFieldAsync(type, typePart!, NewField(model), cancellationToken)) : null;
        if (!ModelState.IsValid || error is not null)
        {
            ModelState.AddModelError(string.Empty, error ?? S["The field was not added: please correct the marked entries."]);
            return View(Fill(model, type));
        }

        _notifier.Success(S["The field {0} was added. Set it up now.", model.DisplayName]);

        return RedirectToAction(nameof(Edit), new { name, part = typePart!.Name, field = model.TechnicalName });
    }

    [HttpGet("{part}/{field}")]
    public async Task<IActionResult> Edit([FromRoute] string name, [FromRoute] string part, [FromRoute] string field, CancellationToken cancellationToken)
    {
        var (type, typeField) = await FindAsync(name, part, field, cancellationToken);
        if (type is null || typeField is null)
        {
            return NotFound();
        }

        return View(await FillAsync(_editor.Build(type, typeField), type, typeField, cancellationToken));
    }

    [HttpPost("{part}/{field}")]
    public async Task<IActionResult> Edit(
        [FromRoute] string name,
        [FromRoute] string part,
        [FromRoute] string field,
        FieldSettingsViewModel model,
        CancellationToken cancellationToken)
    {
        var (type, typeField) = await FindAsync(name, part, field, cancellationToken);
        if (type is null || typeField is null)
        {
            return NotFound();
        }

        var settings = await _editor.ReadAsync(model, type, typeField, ModelState, cancellationToken);
        var error = settings is null ? null : await TryAsync(() => _types.SaveFieldAsync(typeField, settings, cancellationToken));
        if (settings is null || error is not null)
        {
            ModelState.AddModelError(string.Empty, error ?? S["The field was not saved: please correct the marked entries."]);
            return View(await FillAsync(model, type, typeField, cancellationToken));
        }

        _notifier.Success(S["The field {0} was saved.", model.DisplayName]);

        return RedirectToAction(nameof(ContentTypesController.Edit), "ContentTypes", new { name });
    }

    [HttpPost("{part}/{field}/remove")]
    public Task<IActionResult> Remove([FromRoute] string name, [FromRoute] string part, [FromRoute] string field, CancellationToken cancellationToken) =>
        ChangeAsync(name, part, field, (_, f) => _types.RemoveFieldAsync(f, cancellationToken), removed: true, cancellationToken);

    [HttpPost("{part}/{field}/move")]
    public Task<IActionResult> Move([FromRoute] string name, [FromRoute] string part, [FromRoute] string field, string? direction, CancellationToken cancellationToken) =>
        ChangeAsync(
            name,
            part,
            field,
            (type, f) => _types.MoveFieldAsync(type, f, ContentTypesController.Offset(direction), cancellationToken),
            removed: false,
            cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        string name,
        string part,
        string field,
        Func<ContentTypeDefinition, ContentTypeField, Task> change,
        bool removed,
        CancellationToken cancellationToken)
    {
        var (type, typeField) = await FindAsync(name, part, field, cancellationToken);
        if (type is null || typeField is null)
        {
            return NotFound();
        }

        var error = await TryAsync(() => change(type, typeField));
        if (error is not null)
        {
            _notifier.Error(error);
        }
        else if (removed)
        {
            _notifier.Success(S["The field {0} was removed.", typeField.DisplayName]);
        }

        return Redirect(Url.Action(nameof(ContentTypesController.Edit), "ContentTypes", new { name }) + "#fields");
    }

    private async Task<(ContentTypeDefinition? Type, ContentTypeField? Field)> FindAsync(
        string name,
        string part,
        string field,
        CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        var typeField = type?.Fields.FirstOrDefault(f => f.PartName == part && f.FieldName == field);

        return (type, typeField);
    }

    private AddFieldViewModel Fill(AddFieldViewModel model, ContentTypeDefinition type)
    {
        model.TypeName = type.Name;
        model.TypeDisplayName = type.DisplayNameFor(CultureInfo.CurrentUICulture);
        model.FieldTypes = _drivers.Active.Select(d => d.FieldType).ToList();
        model.Parts = type.Parts.Select(p => p.Name).ToList();

        return model;
    }

    private async Task<FieldSettingsViewModel> FillAsync(
        FieldSettingsViewModel model,
        ContentTypeDefinition type,
        ContentTypeField field,
        CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        model.TypeName = type.Name;
        model.TypeDisplayName = type.DisplayNameFor(CultureInfo.CurrentUICulture);
        model.PartName = field.PartName;
        model.FieldName = field.FieldName;
        model.FieldDisplayName = field.DisplayName;
        model.FieldType = field.FieldType;
        model.OtherFields = type.Fields
            .Where(f => f.InputPrefix != field.InputPrefix)
            .Select(f => new KeyValuePair<string, string>(f.InputPrefix, f.DisplayName))
            .ToList();
        model.ContentTypes = definitions.Types.Select(t => new KeyValuePair<string, string>(t.Name, t.DisplayNameFor(CultureInfo.CurrentUICulture))).ToList();
        model.Taxonomies = field.FieldType == nameof(TaxonomyField)
            ? (await _taxonomies.ListAsync(cancellationToken) ?? []).Select(t => new KeyValuePair<string, string>(t.Id, t.Name)).ToList()
            : [];
        model.AlsoUsedBy = ContentTypesController.OtherUsers(definitions, type, field.TypePart.PartName);

        return model;
    }

    private void CheckNewField(AddFieldViewModel model, ContentTypeDefinition type, ContentTypePartDefinition? typePart)
    {
        if (!ContentDefinitionManager.IsValidName(model.TechnicalName))
        {
            ModelState.AddModelError(
                nameof(model.TechnicalName),
                S["The technical name must start with a letter and hold only letters, digits and underscores."]);
        }
        else if (typePart?.PartDefinition?.FindField(model.TechnicalName!) is not null)
        {
            ModelState.AddModelError(nameof(model.TechnicalName), S["The part {0} already has a field named {1}.", typePart.Name, model.TechnicalName!]);
        }

        if (!string.IsNullOrEmpty(model.FieldType) && _drivers.Find(model.FieldType) is null)
        {
            ModelState.AddModelError(nameof(model.FieldType), S["Choose one of the listed field types."]);
        }

        if (!string.IsNullOrEmpty(model.PartName) && typePart is null)
        {
            ModelState.AddModelError(nameof(model.PartName), S["Choose one of the parts of {0}.", type.DisplayNameFor(CultureInfo.CurrentUICulture)]);
        }
    }

    private static ContentFieldDefinition NewField(AddFieldViewModel model)
    {
        var common = new ContentFieldSettings
        {
            DisplayName = model.DisplayName.Trim(),
            DisplayNames = GermanNames.With(null, model.DisplayNameDe),
        };

        return new ContentFieldDefinition(model.TechnicalName!, model.FieldType) { Settings = ContentSettings.Empty.With(common) };
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
