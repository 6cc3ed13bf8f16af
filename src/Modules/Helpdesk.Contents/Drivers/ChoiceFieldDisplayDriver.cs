using System.Globalization;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>A list of options shown as a dropdown, radio buttons or a multi-select.</summary>
public sealed class ChoiceFieldDisplayDriver : ContentFieldDisplayDriver<ChoiceField, ChoiceFieldSettings>
{
    public ChoiceFieldDisplayDriver(IStringLocalizer<ChoiceFieldDisplayDriver> localizer)
    {
        S = localizer;
    }

    public override string ValueProperty => nameof(ChoiceField.Values);

    private IStringLocalizer S { get; }

    protected override bool HasValue(ChoiceField field) => field.Values.Length > 0;

    protected override IReadOnlyList<string> ConditionValues(ChoiceField field) => field.Values;

    protected override bool ApplyDefault(ChoiceField field, string defaultValue, ChoiceFieldSettings settings)
    {
        field.Values = [defaultValue];

        return settings.Options.Any(o => o.Value == defaultValue);
    }

    protected override ValueTask<ContentShape?> DisplayAsync(ChoiceField field, ChoiceFieldSettings settings, ContentFieldContext context)
    {
        var culture = CultureInfo.CurrentUICulture;
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = field.Values
            .Select(value => settings.Options.FirstOrDefault(o => o.Value == value)?.LabelFor(culture) ?? value)
            .ToList();

        return ValueTask.FromResult<ContentShape?>(DisplayShape(context, model));
    }

    protected override ValueTask<ContentShape?> EditAsync(ChoiceField field, ChoiceFieldSettings settings, ContentFieldContext context)
    {
        var chosen = context.Content.IsPostBack ? Read(context) : field.Values;
        var model = EditorModel<PickerFieldEditViewModel>(context);
        model.Editor = settings.Editor;
        model.Multiple = settings.Multiple;
        model.Options = settings.Options
            .Select(o => new PickerOption(o.Value, o.LabelFor(CultureInfo.CurrentUICulture), chosen.Contains(o.Value)))
            .ToList();

        return ValueTask.FromResult<ContentShape?>(EditorShape(context, model));
    }

    protected override ValueTask<ChoiceField?> UpdateAsync(ChoiceFieldSettings settings, ContentFieldContext context) =>
        ValueTask.FromResult<ChoiceField?>(new ChoiceField { Values = Read(context) });

    protected override Task ValidateAsync(ChoiceField field, ChoiceFieldSettings settings, ContentFieldContext context)
    {
        var name = context.Field.DisplayName;
        var unknown = field.Values.FirstOrDefault(v => settings.Options.All(o => o.Value != v));
        if (unknown is not null)
        {
            context.AddError(ValueProperty, S["{0}: '{1}' is not one of the options.", name, unknown]);
        }
        else if (!settings.Multiple && field.Values.Length > 1)
        {
            context.AddError(ValueProperty, S["{0} allows only one choice.", name]);
        }

        return Task.CompletedTask;
    }

    private string[] Read(ContentFieldContext context) =>
        context.Posted(ValueProperty).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
