using System.Globalization;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>A calendar date; the same day wherever it is read, so no time zone applies.</summary>
public sealed class DateFieldDisplayDriver : ContentFieldDisplayDriver<DateField, DateFieldSettings>
{
    private const string InputFormat = "yyyy-MM-dd";

    public DateFieldDisplayDriver(IStringLocalizer<DateFieldDisplayDriver> localizer)
    {
        S = localizer;
    }

    public override string ValueProperty => nameof(DateField.Value);

    private IStringLocalizer S { get; }

    protected override bool HasValue(DateField field) => field.Value.HasValue;

    protected override IReadOnlyList<string> ConditionValues(DateField field) =>
        field.Value is { } value ? [value.ToString(InputFormat, CultureInfo.InvariantCulture)] : [];

    protected override bool ApplyDefault(DateField field, string defaultValue, DateFieldSettings settings)
    {
        field.Value = Parse(defaultValue);

        return field.Value.HasValue;
    }

    protected override ValueTask<ContentShape?> DisplayAsync(DateField field, DateFieldSettings settings, ContentFieldContext context)
    {
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = [field.Value!.Value.ToString("d", CultureInfo.CurrentCulture)];

        return ValueTask.FromResult<ContentShape?>(DisplayShape(context, model));
    }

    protected override ValueTask<ContentShape?> EditAsync(DateField field, DateFieldSettings settings, ContentFieldContext context)
    {
        var model = EditorModel<DateFieldEditViewModel>(context);
        model.Value = context.Content.IsPostBack
            ? context.Posted(ValueProperty).ToString()
            : field.Value?.ToString(InputFormat, CultureInfo.InvariantCulture);

        return ValueTask.FromResult<ContentShape?>(EditorShape(context, model));
    }

    protected override ValueTask<DateField?> UpdateAsync(DateFieldSettings settings, ContentFieldContext context)
    {
        var posted = context.Posted(ValueProperty).ToString().Trim();
        if (posted.Length == 0)
        {
            return ValueTask.FromResult<DateField?>(null);
        }

        var value = Parse(posted);
        if (value is null)
        {
            context.AddError(ValueProperty, S["{0} must be a date.", context.Field.DisplayName]);
        }

        return ValueTask.FromResult<DateField?>(new DateField { Value = value });
    }

    // Date inputs post yyyy-MM-dd; typed dates in the reader's own form are accepted too.
    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, InputFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
        || DateOnly.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.None, out value)
            ? value
            : null;
}
