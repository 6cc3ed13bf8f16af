using System.Globalization;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.Services;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>A point in time: stored in UTC, edited and shown in the site's time zone.</summary>
public sealed class DateTimeFieldDisplayDriver : ContentFieldDisplayDriver<DateTimeField, DateTimeFieldSettings>
{
    private const string InputFormat = "yyyy-MM-ddTHH:mm";
    private static readonly string[] InputFormats = [InputFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    private readonly SiteTimeZone _timeZone;

    public DateTimeFieldDisplayDriver(SiteTimeZone timeZone, IStringLocalizer<DateTimeFieldDisplayDriver> localizer)
    {
        _timeZone = timeZone;
        S = localizer;
    }

    public override string ValueProperty => nameof(DateTimeField.Value);

    private IStringLocalizer S { get; }

    protected override bool HasValue(DateTimeField field) => field.Value.HasValue;

    protected override IReadOnlyList<string> ConditionValues(DateTimeField field) =>
        field.Value is { } value ? [value.ToString("O", CultureInfo.InvariantCulture)] : [];

    /// <summary>A default is a UTC time in ISO form, e.g. <c>2026-12-24T12:00:00Z</c>.</summary>
    protected override bool ApplyDefault(DateTimeField field, string defaultValue, DateTimeFieldSettings settings)
    {
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        field.Value = DateTime.TryParse(defaultValue, CultureInfo.InvariantCulture, styles, out var value) ? value : null;

        return field.Value.HasValue;
    }

    protected override async ValueTask<ContentShape?> DisplayAsync(
        DateTimeField field,
        DateTimeFieldSettings settings,
        ContentFieldContext context)
    {
        var zone = await _timeZone.GetAsync(context.Content.CancellationToken);
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = [ToLocal(field.Value!.Value, zone).ToString("g", CultureInfo.CurrentCulture)];

        return DisplayShape(context, model);
    }

    protected override async ValueTask<ContentShape?> EditAsync(
        DateTimeField field,
        DateTimeFieldSettings settings,
        ContentFieldContext context)
    {
        var zone = await _timeZone.GetAsync(context.Content.CancellationToken);
        var model = EditorModel<DateFieldEditViewModel>(context);
        model.TimeZone = zone.Id;
        model.Value = context.Content.IsPostBack
            ? context.Posted(ValueProperty).ToString()
            : field.Value is { } value ? ToLocal(value, zone).ToString(InputFormat, CultureInfo.InvariantCulture) : null;

        return EditorShape(context, model);
    }

    protected override async ValueTask<DateTimeField?> UpdateAsync(DateTimeFieldSettings settings, ContentFieldContext context)
    {
        var posted = context.Posted(ValueProperty).ToString().Trim();
        if (posted.Length == 0)
        {
            return null;
        }

        var zone = await _timeZone.GetAsync(context.Content.CancellationToken);
        if (!DateTime.TryParseExact(posted, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && !DateTime.TryParse(posted, CultureInfo.CurrentCulture, DateTimeStyles.None, out local))
        {
            context.AddError(ValueProperty, S["{0} must be a date and time.", context.Field.DisplayName]);
            return null;
        }

        if (zone.IsInvalidTime(local))
        {
            context.AddError(ValueProperty, S["{0}: this time does not exist because the clocks change.", context.Field.DisplayName]);
            return null;
        }

        return new DateTimeField { Value = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone) };
    }

    private static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
