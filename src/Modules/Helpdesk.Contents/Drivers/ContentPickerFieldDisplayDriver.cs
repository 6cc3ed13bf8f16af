using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Records;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>
/// Other content items chosen from a list, limited to some types. NOTE: the editor lists the
/// first <see cref="ListLimit"/> items by name; a search as you type comes with the admin's
/// content list.
/// </summary>
public sealed class ContentPickerFieldDisplayDriver : ContentFieldDisplayDriver<ContentPickerField, ContentPickerFieldSettings>
{
    public const int ListLimit = 200;

    private readonly IContentManager _contents;
    private readonly HelpdeskDbContext _db;

    public ContentPickerFieldDisplayDriver(
        IContentManager contents,
        HelpdeskDbContext db,
        IStringLocalizer<ContentPickerFieldDisplayDriver> localizer)
    {
        _contents = contents;
        _db = db;
        S = localizer;
    }

    public override string ValueProperty => nameof(ContentPickerField.ContentItemIds);

    private IStringLocalizer S { get; }

    protected override bool HasValue(ContentPickerField field) => field.ContentItemIds.Length > 0;

    protected override IReadOnlyList<string> ConditionValues(ContentPickerField field) => field.ContentItemIds;

    protected override bool ApplyDefault(ContentPickerField field, string defaultValue, ContentPickerFieldSettings settings)
    {
        field.ContentItemIds = [defaultValue];

        return true;
    }

    protected override async ValueTask<ContentShape?> DisplayAsync(
        ContentPickerField field,
        ContentPickerFieldSettings settings,
        ContentFieldContext context)
    {
        var items = await _contents.GetManyAsync(field.ContentItemIds, VersionOptions.Latest, context.Content.CancellationToken);
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = items.Select(i => i.DisplayText).ToList();

        return DisplayShape(context, model);
    }

    protected override async ValueTask<ContentShape?> EditAsync(
        ContentPickerField field,
        ContentPickerFieldSettings settings,
        ContentFieldContext context)
    {
        var chosen = context.Content.IsPostBack ? Read(context) : field.ContentItemIds;
        var types = settings.ContentTypes;
        var listed = await _db.Set<ContentItemIndex>().AsNoTracking()
            .Where(i => i.Latest && (types.Count == 0 || types.Contains(i.ContentType)))
            .OrderBy(i => i.DisplayText)
            .Take(ListLimit)
            .Select(i => new { i.ContentItemId, i.DisplayText })
            .ToListAsync(context.Content.CancellationToken);

        var model = EditorModel<PickerFieldEditViewModel>(context);
        model.Multiple = settings.Multiple;
        model.Options = listed.Select(i => new PickerOption(i.ContentItemId, i.DisplayText, chosen.Contains(i.ContentItemId))).ToList();

        return EditorShape(context, model);
    }

    protected override ValueTask<ContentPickerField?> UpdateAsync(ContentPickerFieldSettings settings, ContentFieldContext context) =>
        ValueTask.FromResult<ContentPickerField?>(new ContentPickerField { ContentItemIds = Read(context) });

    protected override async Task ValidateAsync(
        ContentPickerField field,
        ContentPickerFieldSettings settings,
        ContentFieldContext context)
    {
        var name = context.Field.DisplayName;
        if (!settings.Multiple && field.ContentItemIds.Length > 1)
        {
            context.AddError(ValueProperty, S["{0} allows only one choice.", name]);
            return;
        }

        var items = await _contents.GetManyAsync(field.ContentItemIds, VersionOptions.Latest, context.Content.CancellationToken);
        if (items.Count < field.ContentItemIds.Length)
        {
            context.AddError(ValueProperty, S["{0}: the chosen item does not exist.", name]);
            return;
        }

        var wrongType = items.FirstOrDefault(i => settings.ContentTypes.Count > 0 && !settings.ContentTypes.Contains(i.ContentType));
        if (wrongType is not null)
        {
            context.AddError(ValueProperty, S["{0}: {1} may not be chosen here.", name, wrongType.DisplayText]);
        }
    }

    private string[] Read(ContentFieldContext context) =>
        context.Posted(ValueProperty).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
