namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// The settings every field has, whatever its type; the section <c>ContentFieldSettings</c> of
/// the field's settings. Type-specific settings are sections of their own (<c>TextFieldSettings</c>).
/// </summary>
public sealed record ContentFieldSettings
{
    /// <summary>The label; the field's technical name when empty.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The label in other languages by culture name, e.g. <c>{ "de": "Stichwort" }</c>; <see cref="DisplayName"/> is the fallback.</summary>
    public IReadOnlyDictionary<string, string>? DisplayNames { get; init; }

    /// <summary>Help shown beneath the editor.</summary>
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>The value a new item starts with, written as the field type reads it (e.g. <c>"3"</c>, <c>"true"</c>, an option value, a term id).</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Lower comes first in the editor and the display.</summary>
    public int Position { get; init; }

    /// <summary>False for fields only staff see and edit.</summary>
    public bool VisibleToCustomers { get; init; } = true;

    /// <summary>When set, the field is shown, required and stored only while the condition holds.</summary>
    public FieldCondition? Condition { get; init; }
}
