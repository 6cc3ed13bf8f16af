using System.ComponentModel.DataAnnotations;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.Contents.ViewModels;

/// <summary>
/// Every setting of a field on one form: the common ones, its condition, and the settings of
/// its field type (only the section of the field's own type is shown and read). Numbers are
/// text so that they read the same in every language.
/// </summary>
public sealed class FieldSettingsViewModel
{
    public string TypeName { get; set; } = "";

    public string TypeDisplayName { get; set; } = "";

    public string PartName { get; set; } = "";

    public string FieldName { get; set; } = "";

    /// <summary>The stored label in the page's language, for the page title.</summary>
    public string FieldDisplayName { get; set; } = "";

    public string FieldType { get; set; } = "";

    [Required(ErrorMessage = "The display name is required.")]
    [StringLength(100, ErrorMessage = "The display name can be at most 100 characters long.")]
    public string DisplayName { get; set; } = "";

    /// <summary>The label German pages show; the display name when empty.</summary>
    [StringLength(100, ErrorMessage = "The German display name can be at most 100 characters long.")]
    public string? DisplayNameDe { get; set; }

    [StringLength(500, ErrorMessage = "The hint can be at most 500 characters long.")]
    public string? Hint { get; set; }

    public bool Required { get; set; }

    [StringLength(500, ErrorMessage = "The default value can be at most 500 characters long.")]
    public string? DefaultValue { get; set; }

    [Range(-10_000, 10_000, ErrorMessage = "The position must be a whole number between -10000 and 10000.")]
    public int Position { get; set; }

    public bool VisibleToCustomers { get; set; } = true;

    /// <summary>The other field, <c>Part.Field</c>; none for a field that is always shown.</summary>
    public string? ConditionField { get; set; }

    public FieldConditionOperator ConditionOperator { get; set; }

    /// <summary>The values compared with, separated by commas.</summary>
    [StringLength(1000, ErrorMessage = "The condition values can be at most 1000 characters long.")]
    public string? ConditionValues { get; set; }

    public TextEditor TextEditor { get; set; }

    public string? TextMaxLength { get; set; }

    [StringLength(500, ErrorMessage = "The pattern can be at most 500 characters long.")]
    public string? TextPattern { get; set; }

    [StringLength(200, ErrorMessage = "The pattern description can be at most 200 characters long.")]
    public string? TextPatternDescription { get; set; }

    [StringLength(200, ErrorMessage = "The placeholder can be at most 200 characters long.")]
    public string? Placeholder { get; set; }

    public string? NumberMinimum { get; set; }

    public string? NumberMaximum { get; set; }

    public string? NumberDecimals { get; set; }

    public ChoiceEditor ChoiceEditor { get; set; }

    /// <summary>One option a line: <c>value | label | German label</c> (see <see cref="Services.ChoiceOptionsText"/>).</summary>
    [StringLength(10_000, ErrorMessage = "The options can be at most 10000 characters long.")]
    public string? ChoiceOptions { get; set; }

    [StringLength(100, ErrorMessage = "The taxonomy id can be at most 100 characters long.")]
    public string? TaxonomyId { get; set; }

    public bool TaxonomyMultiple { get; set; }

    public bool TaxonomyLeavesOnly { get; set; }

    /// <summary>Extensions and MIME types separated by commas: <c>.pdf, image/*</c>.</summary>
    [StringLength(1000, ErrorMessage = "The allowed file types can be at most 1000 characters long.")]
    public string? AttachmentAllowedTypes { get; set; }

    /// <summary>In kilobytes.</summary>
    public string? AttachmentMaxFileSize { get; set; }

    public string? AttachmentMaxCount { get; set; }

    /// <summary>Role names separated by commas.</summary>
    [StringLength(1000, ErrorMessage = "The roles can be at most 1000 characters long.")]
    public string? UserRoles { get; set; }

    public bool UserMultiple { get; set; }

    public List<string> ContentPickerTypes { get; set; } = [];

    public bool ContentPickerMultiple { get; set; }

    /// <summary>The other fields of the type a condition may look at: input prefix and display name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OtherFields { get; set; } = [];

    /// <summary>Every taxonomy, for the taxonomy field: id and name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Taxonomies { get; set; } = [];

    /// <summary>All content types, for the content picker: technical and display name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ContentTypes { get; set; } = [];

    /// <summary>Other types whose part holds the field too, so a change shows there as well.</summary>
    public IReadOnlyList<string> AlsoUsedBy { get; set; } = [];
}
