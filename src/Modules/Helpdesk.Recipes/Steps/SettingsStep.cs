using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Settings;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Recipes.Steps;

/// <summary>
/// <c>{"name": "settings", "siteName": "...", "primaryColor": "#rrggbb", ...}</c>: sets the site
/// settings named in the step and leaves the others as they are. <c>null</c> clears an optional one.
/// </summary>
public sealed partial class SettingsStep : IRecipeStepHandler
{
    public const string Name = "settings";

    private const int MaxSiteNameLength = 100;
    private const int MaxPhoneLength = 50;

    private readonly ISiteService _site;

    public SettingsStep(ISiteService site, IStringLocalizer<SettingsStep> localizer)
    {
        _site = site;
        S = localizer;
    }

    public string StepName => Name;

    private IStringLocalizer S { get; }

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var property in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            var error = Validate(property);
            if (error is not null)
            {
                context.Errors.Add(error);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();
        foreach (var property in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            Apply(settings, property.Name, OptionalText(property.Value));
        }

        await _site.SaveSettingsAsync(settings, cancellationToken);
    }

    private static void Apply(SiteSettings settings, string propertyName, string? value)
    {
        switch (propertyName)
        {
            case "siteName":
                settings.SiteName = value!.Trim();
                break;
            case "supportPhone":
                settings.SupportPhone = value?.Trim();
                break;
            case "supportEmail":
                settings.SupportEmail = value?.Trim();
                break;
            case "defaultLanguage":
                settings.DefaultLanguage = value!;
                break;
            case "timeZone":
                settings.TimeZoneId = value!;
                break;
            case "baseUrl":
                settings.BaseUrl = SiteAddress.Normalize(value);
                break;
            case "primaryColor":
                settings.PrimaryColor = value!.ToLowerInvariant();
                break;
            default:
                throw new InvalidOperationException($"Setting '{propertyName}' was not validated.");
        }
    }

    private string? Validate(JsonProperty property)
    {
        var isText = property.Value.ValueKind == JsonValueKind.String;
        var isNull = property.Value.ValueKind == JsonValueKind.Null;
        var text = isText ? property.Value.GetString()! : "";

        return property.Name switch
        {
            "siteName" => !isText ? MustBeText(property.Name) : ValidateSiteName(text),
            "supportPhone" => !isText && !isNull ? MustBeText(property.Name) : ValidatePhone(text),
            "supportEmail" => !isText && !isNull ? MustBeText(property.Name) : ValidateEmail(text),
            "defaultLanguage" => !isText ? MustBeText(property.Name) : ValidateLanguage(text),
            "timeZone" => !isText ? MustBeText(property.Name) : ValidateTimeZone(text),
            "baseUrl" => !isText && !isNull ? MustBeText(property.Name) : ValidateBaseUrl(text),
            "primaryColor" => !isText ? MustBeText(property.Name) : ValidateColor(text),
            _ => S["Unknown setting \"{0}\".", property.Name],
        };
    }

    private string MustBeText(string propertyName) => S["\"{0}\" must be a text.", propertyName];

    private string? ValidateSiteName(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return S["The site name must not be empty."];
        }

        return value.Trim().Length > MaxSiteNameLength
            ? S["The site name must not be longer than {0} characters.", MaxSiteNameLength].Value
            : null;
    }

    private string? ValidatePhone(string value) =>
        value.Trim().Length > MaxPhoneLength
            ? S["The support phone number must not be longer than {0} characters.", MaxPhoneLength].Value
            : null;

    private string? ValidateEmail(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var isAddress = MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed;

        return isAddress ? null : S["\"{0}\" is not a valid e-mail address.", value].Value;
    }

    private string? ValidateLanguage(string value) =>
        SupportedCultures.IsSupported(value)
            ? null
            : S["The language \"{0}\" is not supported; use {1}.", value, string.Join(", ", SupportedCultures.Names)].Value;

    private string? ValidateTimeZone(string value) =>
        !string.IsNullOrWhiteSpace(value) && TimeZoneInfo.TryFindSystemTimeZoneById(value, out _)
            ? null
            : S["\"{0}\" is not a known time zone; use an id such as Europe/Berlin.", value].Value;

    private string? ValidateBaseUrl(string value)
    {
        return string.IsNullOrWhiteSpace(value) || SiteAddress.IsValid(value)
            ? null
            : S["\"{0}\" is not an absolute http or https address.", value].Value;
    }

    private string? ValidateColor(string value) =>
        HexColor().IsMatch(value) ? null : S["\"{0}\" is not a colour of the form #rrggbb.", value].Value;

    private static string? OptionalText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
