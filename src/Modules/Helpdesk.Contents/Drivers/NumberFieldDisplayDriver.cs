using System.Globalization;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

public sealed class NumberFieldDisplayDriver : ContentFieldDisplayDriver<NumberField, NumberFieldSettings>
{
    public NumberFieldDisplayDriver(IStringLocalizer<NumberFieldDisplayDriver> localizer)
    {
        S = localizer;
    }

    public override string ValueProperty => nameof(NumberField.Value);

    private IStringLocalizer S { get; }

    protected override bool HasValue(NumberField field) => field.Value.HasValue;

    protected override IReadOnlyList<string> ConditionValues(NumberField field) =>
        field.Value is { } value ? [Invariant(value)] : [];

    protected override bool ApplyDefault(NumberField field, string defaultValue, NumberFieldSettings settings)
    {
        field.Value = Parse(defaultValue);

        return field.Value.HasValue;
    }

    protected override ValueTask<ContentShape?> DisplayAsync(NumberField field, NumberFieldSettings settings, ContentFieldContext context)
    {
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = [field.Value!.Value.ToString("N" + settings.Decimals, CultureInfo.CurrentCulture)];

        return ValueTask.FromResult<ContentShape?>(DisplayShape(context, model));
    }

    protected override ValueTask<ContentShape?> EditAsync(NumberField field, NumberFieldSettings settings, ContentFieldContext context)
    {
        var model = EditorModel<NumberFieldEditViewModel>(context);
        model.Value = context.Content.IsPostBack
            ? context.Posted(ValueProperty).ToString()
            : field.Value is { } value ? Invariant(value) : null;
        model.Minimum = settings.Minimum is { } minimum ? Invariant(minimum) : null;
        model.Maximum = settings.Maximum is { } maximum ? Invariant(maximum) : null;
        model.Step = settings.Decimals <= 0 ? "1" : Invariant(1m / (decimal)Math.Pow(10, settings.Decimals));
        model.Placeholder = settings.Placeholder;

        return ValueTask.FromResult<ContentShape?>(EditorShape(context, model));
    }

    protected override ValueTask<NumberField?> UpdateAsync(NumberFieldSettings settings, ContentFieldContext context)
    {
        var posted = context.Posted(ValueProperty).ToString().Trim();
        if (posted.Length == 0)
        {
            return ValueTask.FromResult<NumberField?>(null);
        }

        var value = Parse(posted);
        if (value is null)
        {
            context.AddError(ValueProperty, S["{0} must be a number.", context.Field.DisplayName]);
        }

        return ValueTask.FromResult<NumberField?>(new NumberField { Value = value });
    }

    protected override Task ValidateAsync(NumberField field, NumberFieldSettings settings, ContentFieldContext context)
    {
        var value = field.Value!.Value;
        var name = context.Field.DisplayName;
        if (settings.Minimum is { } minimum && value < minimum)
        {
            context.AddError(ValueProperty, S["{0} must be at least {1}.", name, minimum]);
        }
        else if (settings.Maximum is { } maximum && value > maximum)
        {
            context.AddError(ValueProperty, S["{0} must be at most {1}.", name, maximum]);
        }
        else if (Math.Round(value, Math.Max(settings.Decimals, 0)) != value)
        {
            context.AddError(ValueProperty, settings.Decimals <= 0
                ? S["{0} must be a whole number.", name]
                : S["{0} may have at most {1} decimal places.", name, settings.Decimals]);
        }

        return Task.CompletedTask;
    }

    // Number inputs post the invariant form; people typing elsewhere may use their own.
    private static decimal? Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
        || decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out value)
            ? value
            : null;

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
