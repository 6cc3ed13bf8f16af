using Helpdesk.ContentManagement.Fields;

namespace Helpdesk.ContentManagement.Display;

/// <summary>
/// The base of field type drivers: reads the field's value and settings from the item and the
/// cached definition, so a driver deals with typed values only. Views are
/// <c>/Views/Fields/{FieldType}.Edit.cshtml</c> and <c>.Display.cshtml</c>.
/// </summary>
public abstract class ContentFieldDisplayDriver<TField, TSettings> : IContentFieldDisplayDriver
    where TField : ContentField, new()
    where TSettings : class, new()
{
    public string FieldType { get; } = typeof(TField).Name;

    public Type FieldClrType => typeof(TField);

    public Type SettingsType => typeof(TSettings);

    public abstract string ValueProperty { get; }

    protected string EditView { get; } = "/Views/Fields/" + typeof(TField).Name + ".Edit.cshtml";

    protected string DisplayView { get; } = "/Views/Fields/" + typeof(TField).Name + ".Display.cshtml";

    /// <summary>True when an empty value is worth showing (a yes/no field's "no"); empty fields are left out otherwise.</summary>
    protected virtual bool DisplayWhenEmpty => false;

    public void Initialize(ContentFieldContext context)
    {
        var defaultValue = context.Field.Settings.DefaultValue;
        if (string.IsNullOrWhiteSpace(defaultValue))
        {
            return;
        }

        var field = new TField();
        if (ApplyDefault(field, defaultValue.Trim(), GetSettings(context)) && HasValue(field))
        {
            Store(context, field);
        }
    }

    public ValueTask<ContentShape?> BuildDisplayAsync(ContentFieldContext context)
    {
        var field = GetField(context);

        return HasValue(field) || DisplayWhenEmpty
            ? DisplayAsync(field, GetSettings(context), context)
            : ValueTask.FromResult<ContentShape?>(null);
    }

    public ValueTask<ContentShape?> BuildEditorAsync(ContentFieldContext context) =>
        EditAsync(GetField(context), GetSettings(context), context);

    public async Task UpdateEditorAsync(ContentFieldContext context)
    {
        var field = await UpdateAsync(GetSettings(context), context) ?? new TField();
        if (HasValue(field))
        {
            Store(context, field);
        }
        else
        {
            context.Item.RemoveField(context.Field.PartName, context.Field.FieldName);
        }
    }

    public bool HasValue(ContentFieldContext context) => HasValue(GetField(context));

    public Task ValidateAsync(ContentFieldContext context) =>
        ValidateAsync(GetField(context), GetSettings(context), context);

    public IReadOnlyList<string> GetConditionValues(ContentFieldContext context) => ConditionValues(GetField(context));

    protected static TField GetField(ContentFieldContext context) =>
        context.Item.GetField<TField>(context.Field.PartName, context.Field.FieldName) ?? new TField();

    protected static TSettings GetSettings(ContentFieldContext context) =>
        context.Field.Definition.Settings.Get<TSettings>();

    protected static void Store(ContentFieldContext context, TField field) =>
        context.Item.SetField(context.Field.PartName, context.Field.FieldName, field);

    protected abstract bool HasValue(TField field);

    protected abstract IReadOnlyList<string> ConditionValues(TField field);

    /// <summary>Reads the default value (text from the field's settings); false when it does not fit.</summary>
    protected abstract bool ApplyDefault(TField field, string defaultValue, TSettings settings);

    protected abstract ValueTask<ContentShape?> DisplayAsync(TField field, TSettings settings, ContentFieldContext context);

    protected abstract ValueTask<ContentShape?> EditAsync(TField field, TSettings settings, ContentFieldContext context);

    /// <summary>The value read from the posted form, or null for none; errors go to the context.</summary>
    protected abstract ValueTask<TField?> UpdateAsync(TSettings settings, ContentFieldContext context);

    /// <summary>Checks a present value against the settings; nothing to check by default.</summary>
    protected virtual Task ValidateAsync(TField field, TSettings settings, ContentFieldContext context) => Task.CompletedTask;

    /// <summary>An editor model with the common values filled in (names, label, hint, errors, condition).</summary>
    protected TModel EditorModel<TModel>(ContentFieldContext context)
        where TModel : FieldEditorViewModel, new()
    {
        var field = context.Field;
        var inputName = context.InputName(ValueProperty);
        var condition = field.Settings.Condition;

        return new TModel
        {
            FieldName = field.InputPrefix,
            InputName = inputName,
            InputId = FieldEditorViewModel.ToId(inputName),
            DisplayName = field.DisplayName,
            Hint = field.Settings.Hint,
            Required = field.Settings.Required,
            Hidden = context.HiddenByCondition,
            ConditionField = context.ConditionFieldPrefix,
            ConditionOperator = condition?.Operator,
            ConditionValues = condition?.Values ?? [],
            Errors = context.Content.Updater?.ErrorsFor(inputName) ?? [],
        };
    }

    protected TModel DisplayModel<TModel>(ContentFieldContext context)
        where TModel : FieldDisplayViewModel, new() => new()
        {
            FieldName = context.Field.InputPrefix,
            DisplayName = context.Field.DisplayName,
        };

    protected ContentShape EditorShape(ContentFieldContext context, FieldEditorViewModel model) =>
        new(EditView, model) { Position = context.Field.Settings.Position, Name = context.Field.InputPrefix };

    protected ContentShape DisplayShape(ContentFieldContext context, FieldDisplayViewModel model) =>
        new(DisplayView, model) { Position = context.Field.Settings.Position, Name = context.Field.InputPrefix };
}
