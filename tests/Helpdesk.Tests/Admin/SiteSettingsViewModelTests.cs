using System.ComponentModel.DataAnnotations;
using Helpdesk.Admin.ViewModels;
using Helpdesk.Infrastructure.Settings;

namespace Helpdesk.Tests.Admin;

public sealed class SiteSettingsViewModelTests
{
    [Fact]
    public void CompleteSettingsAreValid()
    {
        var model = Valid();

        Assert.Empty(Validate(model));
    }

    [Fact]
    public void OptionalContactAndAddressMayBeEmpty()
    {
        var model = Valid();
        model.SupportPhone = null;
        model.SupportEmail = null;
        model.BaseUrl = null;

        Assert.Empty(Validate(model));
    }

    [Theory]
    [InlineData(nameof(SiteSettingsViewModel.SiteName), "")]
    [InlineData(nameof(SiteSettingsViewModel.SupportPhone), "call me maybe")]
    [InlineData(nameof(SiteSettingsViewModel.SupportEmail), "not-an-address")]
    [InlineData(nameof(SiteSettingsViewModel.DefaultLanguage), "fr")]
    [InlineData(nameof(SiteSettingsViewModel.TimeZoneId), "Mars/Olympus_Mons")]
    [InlineData(nameof(SiteSettingsViewModel.TimeZoneId), "W. Europe Standard Time")]
    [InlineData(nameof(SiteSettingsViewModel.TimeZoneId), "europe/berlin")]
    [InlineData(nameof(SiteSettingsViewModel.BaseUrl), "support.example.com")]
    [InlineData(nameof(SiteSettingsViewModel.BaseUrl), "ftp://files.example.com")]
    [InlineData(nameof(SiteSettingsViewModel.BaseUrl), "javascript:alert(1)")]
    [InlineData(nameof(SiteSettingsViewModel.BaseUrl), "https://user:secret@example.com")]
    [InlineData(nameof(SiteSettingsViewModel.PrimaryColor), "red")]
    [InlineData(nameof(SiteSettingsViewModel.PrimaryColor), "#12345")]
    [InlineData(nameof(SiteSettingsViewModel.PrimaryColor), "#12345g")]
    [InlineData(nameof(SiteSettingsViewModel.PrimaryColor), "#0d6efd;}body{display:none")]
    public void BadValueIsReportedOnItsField(string field, string value)
    {
        var model = Valid();
        typeof(SiteSettingsViewModel).GetProperty(field)!.SetValue(model, value);

        var errors = Validate(model);

        Assert.Contains(errors, error => error.MemberNames.Contains(field));
    }

    [Fact]
    public void AppliedSettingsAreTrimmedAndNormalised()
    {
        var model = Valid();
        model.SiteName = "  Muster GmbH  ";
        model.SupportPhone = "   ";
        model.BaseUrl = " https://support.example.com/ ";
        model.PrimaryColor = "#C21F3A";
        var settings = new SiteSettings { LogoFileName = "logo-1.png", SetupCompletedUtc = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc) };

        model.ApplyTo(settings);

        Assert.Equal("Muster GmbH", settings.SiteName);
        Assert.Null(settings.SupportPhone);
        Assert.Equal("https://support.example.com", settings.BaseUrl);
        Assert.Equal("#c21f3a", settings.PrimaryColor);
        Assert.Equal("logo-1.png", settings.LogoFileName);
        Assert.Equal(new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), settings.SetupCompletedUtc);
    }

    private static SiteSettingsViewModel Valid() => new()
    {
        SiteName = "NetStream Helpdesk-Online",
        SupportPhone = "089-2196677-20",
        SupportEmail = "support@netstream.example",
        DefaultLanguage = "de",
        TimeZoneId = "Europe/Berlin",
        BaseUrl = "https://portal.netstream.example/helpdesk",
        PrimaryColor = "#c21f3a",
    };

    private static List<ValidationResult> Validate(SiteSettingsViewModel model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);

        return results;
    }
}
