using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Taxonomies.ViewModels;

/// <summary>The titles on the form that adds or edits a term; its fields are read by <see cref="Services.TermFields"/>.</summary>
public sealed class TermInputViewModel
{
    [Required(ErrorMessage = "The English title is required.")]
    [StringLength(100, ErrorMessage = "The title can have at most 100 characters.")]
    public string TitleEn { get; set; } = "";

    [StringLength(100, ErrorMessage = "The title can have at most 100 characters.")]
    public string? TitleDe { get; set; }

    /// <summary>Where a new term goes; empty for the top level.</summary>
    public string? ParentId { get; set; }
}
