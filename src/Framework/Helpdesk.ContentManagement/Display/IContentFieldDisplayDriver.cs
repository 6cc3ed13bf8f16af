namespace Helpdesk.ContentManagement.Display;

/// <summary>
/// Everything one field type does: defaults, display, editor, reading posted input, checking
/// values against its settings, and the values conditions compare with. Registered by the
/// feature that brings the field type; the admin lists the field types of active drivers.
/// Derive from <see cref="ContentFieldDisplayDriver{TField, TSettings}"/>.
/// </summary>
public interface IContentFieldDisplayDriver
{
    /// <summary>The field type's name, the name of its value class (e.g. <c>TextField</c>).</summary>
    string FieldType { get; }

    /// <summary>The value class stored in items.</summary>
    Type FieldClrType { get; }

    /// <summary>The class of the type-specific settings section (e.g. <c>TextFieldSettings</c>).</summary>
    Type SettingsType { get; }

    /// <summary>Gives a new item the field's default value.</summary>
    void Initialize(ContentFieldContext context);

    /// <summary>The display shape, or null when there is nothing to show.</summary>
    ValueTask<ContentShape?> BuildDisplayAsync(ContentFieldContext context);

    ValueTask<ContentShape?> BuildEditorAsync(ContentFieldContext context);

    /// <summary>Reads the posted input into the item; input that cannot be read becomes an error.</summary>
    Task UpdateEditorAsync(ContentFieldContext context);

    /// <summary>True when the item holds a value for the field (what "required" asks for).</summary>
    bool HasValue(ContentFieldContext context);

    /// <summary>The input name suffix that errors of the whole value belong to (<c>Text</c>, <c>TermIds</c>).</summary>
    string ValueProperty { get; }

    /// <summary>Checks a present value against the field's settings; adds errors to the context.</summary>
    Task ValidateAsync(ContentFieldContext context);

    /// <summary>The value(s) as text, for conditions of other fields (<c>true</c>, an option value, term ids).</summary>
    IReadOnlyList<string> GetConditionValues(ContentFieldContext context);
}
