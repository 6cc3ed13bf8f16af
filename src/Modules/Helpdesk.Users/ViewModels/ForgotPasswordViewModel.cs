using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Users.ViewModels;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "The e-mail address is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address, e.g. anna@example.com.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";
}
