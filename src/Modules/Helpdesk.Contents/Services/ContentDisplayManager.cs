using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Modularity.Features;

namespace Helpdesk.Contents.Services;

public sealed class ContentDisplayManager : IContentDisplayManager
{
    private readonly IContentDefinitionManager _definitions;
    private readonly IContentManager _contents;
    private readonly ContentFieldDrivers _fieldDrivers;
    private readonly IEnumerable<IContentPartDisplayDriver> _partDrivers;
    private readonly IEnumerable<IContentDisplayDriver> _displayDrivers;
    private readonly IFeatureGate _gate;
    private readonly FieldConditionEvaluator _conditions;

    public ContentDisplayManager(
        IContentDefinitionManager definitions,
        IContentManager contents,
        ContentFieldDrivers fieldDrivers,
        IEnumerable<IContentPartDisplayDriver> partDrivers,
        IEnumerable<IContentDisplayDriver> displayDrivers,
        IFeatureGate gate,
        FieldConditionEvaluator conditions)
    {
        _definitions = definitions;
        _contents = contents;
        _fieldDrivers = fieldDrivers;
        _partDrivers = partDrivers;
        _displayDrivers = displayDrivers;
        _gate = gate;
        _conditions = conditions;
    }

    public async Task<ContentDisplayModel> BuildDisplayAsync(
        ContentItem item,
        string displayType,
        ContentAudience audience,
        CancellationToken cancellationToken = default)
    {
        var type = await GetTypeAsync(item, cancellationToken);
        var context = new ContentDisplayContext(item, type, displayType, audience, null, false, cancellationToken);
        var hidden = await _conditions.FindHiddenAsync(context);
        var shapes = new List<ContentShape>();

        foreach (var driver in _gate.Active(_displayDrivers))
        {
            Add(shapes, await driver.BuildDisplayAsync(context));
        }

        foreach (var (typePart, driver) in PartDrivers(type))
        {
            Add(shapes, await driver.BuildDisplayAsync(new ContentPartContext(context, typePart)));
        }

        foreach (var (field, driver) in FieldDrivers(type, audience))
        {
            if (!hidden.Contains(field))
            {
                Add(shapes, await driver.BuildDisplayAsync(new ContentFieldContext(context, field)));
            }
        }

        return new ContentDisplayModel(item, type, displayType, audience, shapes);
    }

    public async Task<ContentDisplayModel> BuildEditorAsync(
        ContentItem item,
        ContentUpdater? updater,
        bool isNew,
        ContentAudience audience,
        CancellationToken cancellationToken = default)
    {
        var type = await GetTypeAsync(item, cancellationToken);
        var context = new ContentDisplayContext(item, type, DisplayTypes.Edit, audience, updater, isNew, cancellationToken);
        var hidden = await _conditions.FindHiddenAsync(context);
        var shapes = new List<ContentShape>();

        foreach (var driver in _gate.Active(_displayDrivers))
        {
            Add(shapes, await driver.BuildEditorAsync(context));
        }

        foreach (var (typePart, driver) in PartDrivers(type))
        {
            Add(shapes, await driver.BuildEditorAsync(new ContentPartContext(context, typePart)));
        }

        foreach (var (field, driver) in FieldDrivers(type, audience))
        {
            var fieldContext = new ContentFieldContext(context, field)
            {
                HiddenByCondition = hidden.Contains(field),
                ConditionFieldPrefix = FieldConditionEvaluator.FindSource(type, field)?.InputPrefix,
            };
            Add(shapes, await driver.BuildEditorAsync(fieldContext));
        }

        return new ContentDisplayModel(item, type, DisplayTypes.Edit, audience, shapes);
    }

    public async Task<bool> UpdateEditorAsync(
        ContentItem item,
        ContentUpdater updater,
        bool isNew,
        ContentAudience audience,
        CancellationToken cancellationToken = default)
    {
        var type = await GetTypeAsync(item, cancellationToken);
        var context = new ContentDisplayContext(item, type, DisplayTypes.Edit, audience, updater, isNew, cancellationToken);

        await ReadInputAsync(context, audience);
        var hidden = await _conditions.FindHiddenAsync(context);
        foreach (var field in hidden)
        {
            item.RemoveField(field.PartName, field.FieldName);
        }

        var inputErrors = context.Errors.Where(e => !hidden.Any(f => IsOf(e, f))).ToList();
        var validationErrors = await _contents.ValidateAsync(item, audience, cancellationToken);
        Report(updater, inputErrors, validationErrors);

        return updater.ModelState.IsValid;
    }

    private async Task ReadInputAsync(ContentDisplayContext context, ContentAudience audience)
    {
        foreach (var driver in _gate.Active(_displayDrivers))
        {
            await driver.UpdateEditorAsync(context);
        }

        foreach (var (typePart, driver) in PartDrivers(context.Type))
        {
            await driver.UpdateEditorAsync(new ContentPartContext(context, typePart));
        }

        foreach (var (field, driver) in FieldDrivers(context.Type, audience))
        {
            await driver.UpdateEditorAsync(new ContentFieldContext(context, field));
        }
    }

    // An input that could not be read keeps its own message; validation adds nothing to it.
    private static void Report(
        ContentUpdater updater,
        IReadOnlyList<ContentValidationError> inputErrors,
        IReadOnlyList<ContentValidationError> validationErrors)
    {
        var failedInputs = inputErrors.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var error in inputErrors.Concat(validationErrors.Where(e => !failedInputs.Contains(e.Key))))
        {
            updater.ModelState.AddModelError(error.Key, error.Message);
        }
    }

    private static bool IsOf(ContentValidationError error, ContentTypeField field) =>
        error.Key.Length > field.InputPrefix.Length
        && error.Key.StartsWith(field.InputPrefix, StringComparison.Ordinal)
        && error.Key[field.InputPrefix.Length] == '.';

    private IEnumerable<(ContentTypeField Field, IContentFieldDisplayDriver Driver)> FieldDrivers(
        ContentTypeDefinition type,
        ContentAudience audience)
    {
        foreach (var field in type.Fields)
        {
            if (field.IsVisibleTo(audience) && _fieldDrivers.Find(field.FieldType) is { } driver)
            {
                yield return (field, driver);
            }
        }
    }

    private IEnumerable<(ContentTypePartDefinition Part, IContentPartDisplayDriver Driver)> PartDrivers(ContentTypeDefinition type) =>
        from part in type.Parts
        from driver in _gate.Active(_partDrivers)
        where driver.PartName == part.PartName
        select (part, driver);

    private async Task<ContentTypeDefinition> GetTypeAsync(ContentItem item, CancellationToken cancellationToken) =>
        await _definitions.GetTypeAsync(item.ContentType, cancellationToken)
            ?? throw new InvalidOperationException($"The content type '{item.ContentType}' of {item} does not exist.");

    private static void Add(List<ContentShape> shapes, ContentShape? shape)
    {
        if (shape is not null)
        {
            shapes.Add(shape);
        }
    }
}
