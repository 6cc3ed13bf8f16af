using System.ComponentModel.DataAnnotations;
using Helpdesk.Admin.Validation;
using Helpdesk.Infrastructure.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Admin.ViewModels;

public sealed class SiteSettingsViewModel
{
    [Display(Name = "Site name")]
    [Required(ErrorMessage = "The site name is required.")]
    [StringLength(100, ErrorMessage = "The site name can have at most 100 characters.")]
    public string SiteName { get; set; } = "";

    [Display(Name = "Support phone")]
    [StringLength(40, ErrorMessage = "The phone number can have at most 40 characters.")]
    [RegularExpression(@"^\+?[0-9 ()./-]+$", ErrorMessage = "Enter a phone number with digits, spaces and + ( ) / - . only.")]
    public string? SupportPhone { get; set; }

    [Display(Name = "Support e-mail address")]
    [StringLength(200, ErrorMessage = "The e-mail address can have at most 200 characters.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    public string? SupportEmail { get; set; }

    [Display(Name = "Default language")]
    [Required(ErrorMessage = "Choose the default language.")]
    [SupportedLanguage(ErrorMessage = "Choose German or English.")]
    public string DefaultLanguage { get; set; } = "";

    [Display(Name = "Time zone")]
    [Required(ErrorMessage = "Choose the time zone.")]
    [TimeZoneId(ErrorMessage = "Choose a time zone from the list.")]
    public string TimeZoneId { get; set; } = "";

    [Display(Name = "Site address")]
    [StringLength(SiteAddress.MaxLength, ErrorMessage = "The address can have at most {1} characters.")]
    [AbsoluteHttpUrl(ErrorMessage = "Enter a complete address starting with https:// or http://.")]
    public string? BaseUrl { get; set; }

    [Display(Name = "Primary colour")]
    [Required(ErrorMessage = "Choose the primary colour.")]
    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Enter the colour as # followed by six hexadecimal digits, e.g. #0d6efd.")]
    public string PrimaryColor { get; set; } = "";

    [Display(Name = "Logo")]
    public IFormFile? Logo { get; set; }

    [Display(Name = "Remove the logo")]
    public bool RemoveLogo { get; set; }

    /// <summary>The logo stored now; shown as a preview, never bound from the form.</summary>
    [BindNever]
    public string? CurrentLogoFileName { get; set; }

    /// <summary>The settings version the form was loaded with, to detect concurrent changes.</summary>
    public int Version { get; set; }

    public static SiteSettingsViewModel From(SiteSettings settings) => new()
    {
        SiteName = settings.SiteName,
        SupportPhone = settings.SupportPhone,
        SupportEmail = settings.SupportEmail,
        DefaultLanguage = settings.DefaultLanguage,
        TimeZoneId = settings.TimeZoneId,
        BaseUrl = settings.BaseUrl,
        PrimaryColor = settings.PrimaryColor,
        CurrentLogoFileName = settings.LogoFileName,
        Version = settings.Version,
    };

    /// <summary>Copies the edited values; the logo is handled by the controller.</summary>
    public void ApplyTo(SiteSettings settings)
    {
        settings.SiteName = SiteName.Trim();
        settings.SupportPhone = Normalize(SupportPhone);
        settings.SupportEmail = Normalize(SupportEmail);
        settings.DefaultLanguage = DefaultLanguage;
        settings.TimeZoneId = TimeZoneId;
        settings.BaseUrl = SiteAddress.Normalize(BaseUrl);
        settings.PrimaryColor = PrimaryColor.ToLowerInvariant();
        settings.Version = Version;
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
