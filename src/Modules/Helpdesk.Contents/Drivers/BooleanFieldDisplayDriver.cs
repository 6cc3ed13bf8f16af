using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>A checkbox. "Required" means it must be ticked, as for accepting terms.</summary>
public sealed class BooleanFieldDisplayDriver : ContentFieldDisplayDriver<BooleanField, BooleanFieldSettings>
{
    public BooleanFieldDisplayDriver(IStringLocalizer<BooleanFieldDisplayDriver> localizer)
    {
        S = localizer;
    }

    public override string ValueProperty => nameof(BooleanField.Value);

    protected override bool DisplayWhenEmpty => true;

    private IStringLocalizer S { get; }

    protected override bool HasValue(BooleanField field) => field.Value;

    protected override IReadOnlyList<string> ConditionValues(BooleanField field) => [field.Value ? "true" : "false"];

    protected override bool ApplyDefault(BooleanField field, string defaultValue, BooleanFieldSettings settings)
    {
        field.Value = bool.TryParse(defaultValue, out var value) && value;

        return true;
    }

    protected override ValueTask<ContentShape?> DisplayAsync(BooleanField field, BooleanFieldSettings settings, ContentFieldContext context)
    {
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = [field.Value ? S["Yes"] : S["No"]];

        return ValueTask.FromResult<ContentShape?>(DisplayShape(context, model));
    }

    protected override ValueTask<ContentShape?> EditAsync(BooleanField field, BooleanFieldSettings settings, ContentFieldContext context)
    {
        var model = EditorModel<BooleanFieldEditViewModel>(context);
        model.Checked = context.Content.IsPostBack ? IsTicked(context) : field.Value;

        return ValueTask.FromResult<ContentShape?>(EditorShape(context, model));
    }

    protected override ValueTask<BooleanField?> UpdateAsync(BooleanFieldSettings settings, ContentFieldContext context) =>
        ValueTask.FromResult<BooleanField?>(new BooleanField { Value = IsTicked(context) });

    private bool IsTicked(ContentFieldContext context) =>
        context.Posted(ValueProperty).Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
}
