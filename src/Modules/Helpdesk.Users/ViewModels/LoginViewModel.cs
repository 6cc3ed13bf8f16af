using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "The e-mail address is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address, e.g. anna@example.com.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "The password is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Stay signed in")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
