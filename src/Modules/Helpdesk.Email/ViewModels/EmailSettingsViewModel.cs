using System.ComponentModel.DataAnnotations;
using Helpdesk.Email.Models;

namespace Helpdesk.Email.ViewModels;

/// <summary>The admin form of the e-mail settings, with the "send test e-mail" part.</summary>
public sealed class EmailSettingsViewModel
{
    public EmailDeliveryMethod Method { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(254, ErrorMessage = "Enter at most {1} characters.")]
    public string? FromAddress { get; set; }

    [StringLength(200, ErrorMessage = "Enter at most {1} characters.")]
    public string? FromName { get; set; }

    [StringLength(255, ErrorMessage = "Enter at most {1} characters.")]
    public string? SmtpHost { get; set; }

    // Nullable, so an emptied field gets this message rather than the model binder's general one.
    [Required(ErrorMessage = "Enter the port.")]
    [Range(1, 65535, ErrorMessage = "The port must be a number from 1 to 65535.")]
    public int? SmtpPort { get; set; } = 587;

    public SmtpTlsMode SmtpTlsMode { get; set; }

    [StringLength(255, ErrorMessage = "Enter at most {1} characters.")]
    public string? SmtpUserName { get; set; }

    /// <summary>A new password; empty keeps the stored one.</summary>
    [DataType(DataType.Password)]
    [StringLength(500, ErrorMessage = "Enter at most {1} characters.")]
    public string? SmtpPassword { get; set; }

    public bool ClearSmtpPassword { get; set; }

    [StringLength(500, ErrorMessage = "Enter at most {1} characters.")]
    public string? PickupFolder { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(254, ErrorMessage = "Enter at most {1} characters.")]
    public string? TestRecipient { get; set; }

    // Shown, never posted back:
    public bool HasStoredPassword { get; set; }

    public string ResolvedPickupFolder { get; set; } = "";

    public EmailTestResult? TestResult { get; set; }
}
