using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Contents.ViewModels;

/// <summary>The form that adds a field to a part of a content type.</summary>
public sealed class AddFieldViewModel
{
    [Required(ErrorMessage = "The display name is required.")]
    [StringLength(100, ErrorMessage = "The display name can be at most 100 characters long.")]
    public string DisplayName { get; set; } = "";

    /// <summary>The label German pages show; the display name when empty.</summary>
    [StringLength(100, ErrorMessage = "The German display name can be at most 100 characters long.")]
    public string? DisplayNameDe { get; set; }

    /// <summary>Derived from the display name when left empty.</summary>
    [StringLength(100, ErrorMessage = "The technical name can be at most 100 characters long.")]
    public string? TechnicalName { get; set; }

    [Required(ErrorMessage = "Choose a field type.")]
    public string FieldType { get; set; } = "";

    /// <summary>The part (its name in the type) that gets the field.</summary>
    [Required(ErrorMessage = "Choose the part that gets the field.")]
    public string PartName { get; set; } = "";

    public string TypeName { get; set; } = "";

    public string TypeDisplayName { get; set; } = "";

    public IReadOnlyList<string> FieldTypes { get; set; } = [];

    public IReadOnlyList<string> Parts { get; set; } = [];
}
