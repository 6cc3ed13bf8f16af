using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Taxonomies.ViewModels;

public sealed class TaxonomyCreateViewModel
{
    [Required(ErrorMessage = "The English name is required.")]
    [StringLength(100, ErrorMessage = "The name can have at most 100 characters.")]
    public string NameEn { get; set; } = "";

    [StringLength(100, ErrorMessage = "The name can have at most 100 characters.")]
    public string? NameDe { get; set; }

    [Required(ErrorMessage = "The term type is required.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_]{0,99}$", ErrorMessage = "The term type must be a name of letters, digits and underscores, starting with a letter.")]
    public string TermContentType { get; set; } = "";
}
