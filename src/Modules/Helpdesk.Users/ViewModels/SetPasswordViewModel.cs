using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Users.ViewModels;

/// <summary>The form behind an invitation or password reset link: the new password, twice.</summary>
public sealed class SetPasswordViewModel
{
    public string UserId { get; set; } = "";

    public string Code { get; set; } = "";

    /// <summary>Shown, not posted: whose password is being set.</summary>
    public string? Email { get; set; }

    [Required(ErrorMessage = "The new password is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Please repeat the new password.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat the new password")]
    public string ConfirmPassword { get; set; } = "";
}
