using System.Globalization;
using System.Text.RegularExpressions;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Contents.ViewModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Services;

/// <summary>
/// Shows a field's settings on the settings form and reads them back: checks every value,
/// puts each problem beside its input, and tries the default value with the field type's own
/// driver so that it is stored only when a new item would accept it.
/// </summary>
public sealed partial class FieldSettingsEditor
{
    private const long BytesPerKilobyte = 1024;

    private readonly ContentFieldDrivers _drivers;
    private readonly FieldConditionValues _conditionValues;
    private readonly FieldTypeLabels _labels;
    private readonly TaxonomyChoices _taxonomies;
    private readonly IContentDefinitionManager _definitions;

    public FieldSettingsEditor(
        IContentDefinitionManager definitions,
        ContentFieldDrivers drivers,
        FieldConditionValues conditionValues,
        FieldTypeLabels labels,
        TaxonomyChoices taxonomies,
        IStringLocalizer<FieldSettingsEditor> localizer)
    {
        _drivers = drivers;
        _conditionValues = conditionValues;
        _labels = labels;
        _taxonomies = taxonomies;
        _definitions = definitions;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public FieldSettingsViewModel Build(ContentTypeDefinition type, ContentTypeField field)
    {
        var model = new FieldSettingsViewModel();
        FillCommon(model, type, field);
        FillText(model, field.Definition.Settings.Get<TextFieldSettings>());
        FillNumber(model, field.Definition.Settings.Get<NumberFieldSettings>());
        FillChoice(model, field.Definition.Settings.Get<ChoiceFieldSettings>());
        FillPickers(model, field.Definition.Settings);

        return model;
    }

    /// <summary>The field's new settings, or null when the form has errors (they are in <paramref name="modelState"/>).</summary>
    public async Task<ContentSettings?> ReadAsync(
        FieldSettingsViewModel model,
        ContentTypeDefinition type,
        ContentTypeField field,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        var settings = ReadTypeSettings(model, field, modelState);
        await CheckTaxonomyAsync(settings.Get<TaxonomyFieldSettings>().TaxonomyId, field, modelState, cancellationToken);
        var condition = await _conditionValues.ReadAsync(model, type, field, modelState, cancellationToken);
        settings = settings.With(field.Settings with
        {
            DisplayName = model.DisplayName.Trim(),
            DisplayNames = GermanNames.With(field.Settings.DisplayNames, model.DisplayNameDe),
            Hint = Trimmed(model.Hint),
            Required = model.Required,
            DefaultValue = Trimmed(model.DefaultValue),
            Position = model.Position,
            VisibleToCustomers = model.VisibleToCustomers,
            Condition = condition,
        });

        if (modelState.IsValid)
        {
            await CheckDefaultAsync(type, field, settings, modelState, cancellationToken);
        }

        return modelState.IsValid ? settings : null;
    }

    private static void FillCommon(FieldSettingsViewModel model, ContentTypeDefinition type, ContentTypeField field)
    {
        var common = field.Settings;
        model.TypeName = type.Name;
        model.TypeDisplayName = type.DisplayNameFor(CultureInfo.CurrentUICulture);
        model.PartName = field.PartName;
        model.FieldName = field.FieldName;
        model.FieldType = field.FieldType;

        // The form edits the English name and the German one side by side, whatever the page's
        // language; the field's DisplayName would be the German one on a German page.
        model.DisplayName = field.Definition.DisplayName;
        model.DisplayNameDe = GermanNames.Get(common.DisplayNames);
        model.Hint = common.Hint;
        model.Required = common.Required;
        model.DefaultValue = common.DefaultValue;
        model.Position = common.Position;
        model.VisibleToCustomers = common.VisibleToCustomers;
        model.ConditionField = common.Condition is null ? null : FieldConditionEvaluator.FindSource(type, field)?.InputPrefix;
        model.ConditionOperator = common.Condition?.Operator ?? FieldConditionOperator.Equals;
        model.ConditionValues = common.Condition is null ? null : string.Join(", ", common.Condition.Values);
    }

    private static void FillText(FieldSettingsViewModel model, TextFieldSettings text)
    {
        model.TextEditor = text.Editor;
        model.TextMaxLength = Invariant(text.MaxLength);
        model.TextPattern = text.Pattern;
        model.TextPatternDescription = text.PatternDescription;
        model.Placeholder = text.Placeholder;
    }

    private static void FillNumber(FieldSettingsViewModel model, NumberFieldSettings number)
    {
        model.NumberMinimum = Invariant(number.Minimum);
        model.NumberMaximum = Invariant(number.Maximum);
        model.NumberDecimals = Invariant(number.Decimals);
        if (model.FieldType == nameof(NumberField))
        {
            model.Placeholder = number.Placeholder;
        }
    }

    private static void FillChoice(FieldSettingsViewModel model, ChoiceFieldSettings choice)
    {
        model.ChoiceEditor = choice.Editor;
        model.ChoiceOptions = ChoiceOptionsText.Format(choice.Options);
    }

    private static void FillPickers(FieldSettingsViewModel model, ContentSettings settings)
    {
        var taxonomy = settings.Get<TaxonomyFieldSettings>();
        model.TaxonomyId = taxonomy.TaxonomyId;
        model.TaxonomyMultiple = taxonomy.Multiple;
        model.TaxonomyLeavesOnly = taxonomy.LeavesOnly;

        var attachments = settings.Get<AttachmentFieldSettings>();
        model.AttachmentAllowedTypes = string.Join(", ", attachments.AllowedTypes);
        model.AttachmentMaxFileSize = Invariant((attachments.MaxFileSize + BytesPerKilobyte - 1) / BytesPerKilobyte);
        model.AttachmentMaxCount = Invariant(attachments.MaxCount);

        var users = settings.Get<UserPickerFieldSettings>();
        model.UserRoles = string.Join(", ", users.Roles);
        model.UserMultiple = users.Multiple;

        var contents = settings.Get<ContentPickerFieldSettings>();
        model.ContentPickerTypes = contents.ContentTypes.ToList();
        model.ContentPickerMultiple = contents.Multiple;
    }

    // Only the section of the field's own type is read; a type this form does not know (of
    // another module) keeps its settings untouched.
    private ContentSettings ReadTypeSettings(FieldSettingsViewModel model, ContentTypeField field, ModelStateDictionary modelState)
    {
        var settings = field.Definition.Settings;

        return field.FieldType switch
        {
            nameof(TextField) => settings.With(ReadText(model, settings.Get<TextFieldSettings>(), modelState)),
            nameof(NumberField) => settings.With(ReadNumber(model, settings.Get<NumberFieldSettings>(), modelState)),
            nameof(ChoiceField) => settings.With(ReadChoice(model, settings.Get<ChoiceFieldSettings>(), modelState)),
            nameof(TaxonomyField) => settings.With(ReadTaxonomy(model, settings.Get<TaxonomyFieldSettings>(), modelState)),
            nameof(AttachmentField) => settings.With(ReadAttachments(model, settings.Get<AttachmentFieldSettings>(), modelState)),
            nameof(UserPickerField) => settings.With(settings.Get<UserPickerFieldSettings>() with
            {
                Roles = SplitList(model.UserRoles),
                Multiple = model.UserMultiple,
            }),
            nameof(ContentPickerField) => settings.With(settings.Get<ContentPickerFieldSettings>() with
            {
                ContentTypes = model.ContentPickerTypes.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                Multiple = model.ContentPickerMultiple,
            }),
            _ => settings,
        };
    }

    private TextFieldSettings ReadText(FieldSettingsViewModel model, TextFieldSettings current, ModelStateDictionary modelState)
    {
        var maxLength = ReadInt(model.TextMaxLength, nameof(model.TextMaxLength), 1, 100_000, modelState);
        var pattern = Trimmed(model.TextPattern);
        if (pattern is not null && !IsRegex(pattern))
        {
            modelState.AddModelError(nameof(model.TextPattern), S["The pattern is not a valid regular expression."]);
        }

        return current with
        {
            Editor = model.TextEditor,
            MaxLength = maxLength,
            Pattern = pattern,
            PatternDescription = Trimmed(model.TextPatternDescription),
            Placeholder = Trimmed(model.Placeholder),
        };
    }

    private NumberFieldSettings ReadNumber(FieldSettingsViewModel model, NumberFieldSettings current, ModelStateDictionary modelState)
    {
        var minimum = ReadDecimal(model.NumberMinimum, nameof(model.NumberMinimum), modelState);
        var maximum = ReadDecimal(model.NumberMaximum, nameof(model.NumberMaximum), modelState);
        var decimals = ReadInt(model.NumberDecimals, nameof(model.NumberDecimals), 0, 10, modelState) ?? 0;
        if (minimum > maximum)
        {
            modelState.AddModelError(nameof(model.NumberMaximum), S["The maximum must not be less than the minimum."]);
        }

        return current with
        {
            Minimum = minimum,
            Maximum = maximum,
            Decimals = decimals,
            Placeholder = Trimmed(model.Placeholder),
        };
    }

    private ChoiceFieldSettings ReadChoice(FieldSettingsViewModel model, ChoiceFieldSettings current, ModelStateDictionary modelState)
    {
        var options = ChoiceOptionsText.Parse(model.ChoiceOptions, current.Options);
        var key = nameof(model.ChoiceOptions);
        var duplicate = options.GroupBy(o => o.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (options.Count == 0)
        {
            modelState.AddModelError(key, S["Enter at least one option."]);
        }
        else if (options.Any(o => o.Value.Length == 0))
        {
            modelState.AddModelError(key, S["Every option needs a value before the bar."]);
        }
        else if (duplicate is not null)
        {
            modelState.AddModelError(key, S["The option value {0} appears more than once.", duplicate.Key]);
        }

        return current with { Editor = model.ChoiceEditor, Options = options };
    }

    private TaxonomyFieldSettings ReadTaxonomy(FieldSettingsViewModel model, TaxonomyFieldSettings current, ModelStateDictionary modelState)
    {
        var taxonomyId = Trimmed(model.TaxonomyId);
        if (taxonomyId is null)
        {
            modelState.AddModelError(nameof(model.TaxonomyId), S["Choose the taxonomy whose terms can be chosen."]);
        }

        return current with
        {
            TaxonomyId = taxonomyId,
            Multiple = model.TaxonomyMultiple,
            LeavesOnly = model.TaxonomyLeavesOnly,
        };
    }

    // A typed id could name no taxonomy; the form offers the list, this guards the rest.
    private async Task CheckTaxonomyAsync(string? taxonomyId, ContentTypeField field, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (field.FieldType != nameof(TaxonomyField) || taxonomyId is null)
        {
            return;
        }

        var taxonomies = await _taxonomies.ListAsync(cancellationToken);
        if (taxonomies is not null && !taxonomies.Any(t => t.Id == taxonomyId))
        {
            modelState.AddModelError(nameof(FieldSettingsViewModel.TaxonomyId), S["There is no taxonomy with the id {0}.", taxonomyId]);
            return;
        }

        // Items keep the terms they chose; terms of another taxonomy would no longer be found.
        var current = field.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId;
        var items = current is null || current == taxonomyId ? 0 : await CountItemsWithPartAsync(field.TypePart.PartName, cancellationToken);
        if (items > 0)
        {
            modelState.AddModelError(
                nameof(FieldSettingsViewModel.TaxonomyId),
                S["{0} content items may hold terms of the current taxonomy, so it cannot change while they exist. Add a new field instead.", items]);
        }
    }

    private async Task<int> CountItemsWithPartAsync(string partName, CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var count = 0;
        foreach (var type in definitions.Types.Where(t => t.Parts.Any(p => p.PartName == partName)))
        {
            count += await _definitions.CountItemsAsync(type.Name, cancellationToken);
        }

        return count;
    }

    private AttachmentFieldSettings ReadAttachments(
        FieldSettingsViewModel model,
        AttachmentFieldSettings current,
        ModelStateDictionary modelState)
    {
        var allowed = SplitList(model.AttachmentAllowedTypes);
        var wrong = allowed.FirstOrDefault(type => !FileType().IsMatch(type));
        if (wrong is not null)
        {
            modelState.AddModelError(
                nameof(model.AttachmentAllowedTypes),
                S["'{0}' is neither a file extension like .pdf nor a MIME type like image/png or image/*.", wrong]);
        }

        var maxKilobytes = ReadInt(model.AttachmentMaxFileSize, nameof(model.AttachmentMaxFileSize), 1, 10_485_760, modelState);
        var maxCount = ReadInt(model.AttachmentMaxCount, nameof(model.AttachmentMaxCount), 1, 100, modelState);

        return current with
        {
            AllowedTypes = allowed,
            MaxFileSize = maxKilobytes * BytesPerKilobyte,
            MaxCount = maxCount,
        };
    }

    private async Task CheckDefaultAsync(
        ContentTypeDefinition type,
        ContentTypeField field,
        ContentSettings settings,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        var defaultValue = settings.Get<ContentFieldSettings>().DefaultValue;
        var driver = _drivers.Find(field.FieldType);
        if (defaultValue is null || driver is null)
        {
            return;
        }

        var key = nameof(FieldSettingsViewModel.DefaultValue);

        // A yes/no field stores no value for "no", so the driver cannot tell "false" from nonsense.
        if (field.FieldType == nameof(BooleanField))
        {
            if (!bool.TryParse(defaultValue, out _))
            {
                modelState.AddModelError(key, S["The default value of a yes/no field is true or false."]);
            }

            return;
        }

        var typeField = new ContentTypeField(field.TypePart, field.Definition with { Settings = settings });
        var item = new ContentItem { ContentType = type.Name };
        var content = new ContentDisplayContext(item, type, DisplayTypes.Edit, ContentAudience.Staff, null, true, cancellationToken);
        var context = new ContentFieldContext(content, typeField);
        driver.Initialize(context);
        if (!driver.HasValue(context))
        {
            modelState.AddModelError(key, S["The default value '{0}' does not fit a field of the type {1}.", defaultValue, _labels.For(field.FieldType)]);
            return;
        }

        await driver.ValidateAsync(context);
        foreach (var error in content.Errors)
        {
            modelState.AddModelError(key, S["The default value is not accepted: {0}", error.Message]);
        }
    }

    private int? ReadInt(string? text, string key, int minimum, int maximum, ModelStateDictionary modelState)
    {
        var value = Trimmed(text);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= minimum && number <= maximum)
        {
            return number;
        }

        modelState.AddModelError(key, S["Enter a whole number from {0} to {1}.", minimum, maximum]);

        return null;
    }

    // Either decimal separator is accepted, so "1,5" and "1.5" mean the same in any language.
    private decimal? ReadDecimal(string? text, string key, ModelStateDictionary modelState)
    {
        var value = Trimmed(text)?.Replace(',', '.');
        if (value is null)
        {
            return null;
        }

        var styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(value, styles, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        modelState.AddModelError(key, S["Enter a number, e.g. 10 or 2.5."]);

        return null;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static List<string> SplitList(string? text) =>
        (text ?? "")
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\.[A-Za-z0-9]+|[A-Za-z]+/([A-Za-z0-9.+-]+|\*))$")]
    private static partial Regex FileType();
}
