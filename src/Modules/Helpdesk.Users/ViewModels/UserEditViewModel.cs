using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Users.ViewModels;

/// <summary>The user form; the same for a new user (no <see cref="Id"/>) and an existing one.</summary>
public sealed class UserEditViewModel
{
    [BindNever]
    public string? Id { get; set; }

    [Required(ErrorMessage = "The name is required.")]
    [StringLength(200, ErrorMessage = "The name can be at most 200 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "The e-mail address is required.")]
    [StringLength(256, ErrorMessage = "The e-mail address can be at most 256 characters.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose German or English.")]
    [RegularExpression("de|en", ErrorMessage = "Choose German or English.")]
    [Display(Name = "Language")]
    public string Culture { get; set; } = "";

    /// <summary>The account's version when the form was opened (browsers send it); a save over a newer one is refused once.</summary>
    public string? ConcurrencyStamp { get; set; }

    /// <summary>The names of the roles ticked.</summary>
    public List<string> Roles { get; set; } = [];

    [BindNever]
    public IReadOnlyList<string> AssignableRoles { get; set; } = [];

    [BindNever]
    public UserStatusViewModel? Status { get; set; }

    public bool IsNew => Id is null;
}
