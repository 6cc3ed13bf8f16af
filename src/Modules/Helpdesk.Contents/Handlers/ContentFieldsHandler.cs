using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Contents.Services;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Handlers;

/// <summary>
/// Applies the fields' settings to items however they are saved (editor, recipe, API): new
/// items get default values; validation checks required fields and each field type's rules;
/// values of fields whose condition does not hold are not stored.
/// </summary>
public sealed class ContentFieldsHandler : IContentHandler
{
    private readonly ContentFieldDrivers _drivers;
    private readonly FieldConditionEvaluator _conditions;

    public ContentFieldsHandler(
        ContentFieldDrivers drivers,
        FieldConditionEvaluator conditions,
        IStringLocalizer<ContentFieldsHandler> localizer)
    {
        _drivers = drivers;
        _conditions = conditions;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public Task InitializingAsync(ContentContext context)
    {
        if (context.Definition is not { } type)
        {
            return Task.CompletedTask;
        }

        var display = NewContext(context, type, ContentAudience.Staff);
        foreach (var field in type.Fields)
        {
            _drivers.Find(field.FieldType)?.Initialize(new ContentFieldContext(display, field));
        }

        return Task.CompletedTask;
    }

    public Task CreatingAsync(ContentContext context) => RemoveHiddenAsync(context);

    public Task UpdatingAsync(ContentContext context) => RemoveHiddenAsync(context);

    public async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.Definition is not { } type)
        {
            return;
        }

        var display = NewContext(context, type, context.Audience);
        var hidden = await _conditions.FindHiddenAsync(display);
        foreach (var field in type.Fields.Where(f => f.IsVisibleTo(context.Audience) && !hidden.Contains(f)))
        {
            await ValidateFieldAsync(new ContentFieldContext(display, field));
        }

        foreach (var error in display.Errors)
        {
            context.Fail(error.Key, error.Message);
        }
    }

    private async Task ValidateFieldAsync(ContentFieldContext context)
    {
        if (_drivers.Find(context.Field.FieldType) is not { } driver)
        {
            return;
        }

        if (driver.HasValue(context))
        {
            await driver.ValidateAsync(context);
        }
        else if (context.Field.Settings.Required)
        {
            context.AddError(driver.ValueProperty, S["{0} is required.", context.Field.DisplayName]);
        }
    }

    private async Task RemoveHiddenAsync(ContentContext context)
    {
        if (context.Definition is not { } type)
        {
            return;
        }

        var hidden = await _conditions.FindHiddenAsync(NewContext(context, type, ContentAudience.Staff));
        foreach (var field in hidden)
        {
            context.ContentItem.RemoveField(field.PartName, field.FieldName);
        }
    }

    private static ContentDisplayContext NewContext(ContentContext context, ContentTypeDefinition type, ContentAudience audience) =>
        new(context.ContentItem, type, DisplayTypes.Edit, audience, null, false, context.CancellationToken);
}
