using System.Net.Mail;
using System.Text.Json;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Recipes;

namespace Helpdesk.Email.Recipes;

/// <summary>
/// The recipe step <c>emailSettings</c>: sets the delivery method, the sender and the SMTP or
/// pickup folder values it names and keeps the others. A password written in clear in the recipe
/// is stored encrypted.
/// </summary>
/// <example>
/// <code>
/// { "name": "emailSettings", "method": "Smtp", "fromAddress": "support@example.com", "fromName": "Support",
///   "smtpHost": "mail.example.com", "smtpPort": 587, "smtpTlsMode": "StartTls",
///   "smtpUserName": "support", "smtpPassword": "secret", "pickupFolder": null }
/// </code>
/// </example>
public sealed class EmailSettingsStep : IRecipeStepHandler
{
    private static readonly string[] Properties =
    [
        "method", "fromAddress", "fromName", "smtpHost", "smtpPort", "smtpTlsMode", "smtpUserName", "smtpPassword", "pickupFolder",
    ];

    private readonly IEmailSettingsService _settings;

    public EmailSettingsStep(IEmailSettingsService settings)
    {
        _settings = settings;
    }

    public string StepName => "emailSettings";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var trial = await _settings.GetAsync(cancellationToken);
        Apply(context.Step, trial, context.Errors);
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync(cancellationToken);
        var password = Apply(context.Step, settings, context.Errors);
        if (context.Errors.Count > 0)
        {
            throw new RecipeException(context.Errors);
        }

        if (password.IsSet)
        {
            _settings.SetSmtpPassword(settings, password.Value);
        }

        await _settings.SaveAsync(settings, cancellationToken);
    }

    // Applies the step's values to the settings and reports each bad value; returns the password, kept apart
    // because it is encrypted only when the step runs.
    private static (bool IsSet, string? Value) Apply(JsonElement step, EmailSettings settings, List<string> errors)
    {
        (bool IsSet, string? Value) password = (false, null);
        foreach (var property in step.EnumerateObject().Where(p => p.Name != "name"))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "method":
                    settings.Method = ReadEnum(value, property.Name, settings.Method, errors);
                    break;
                case "fromAddress":
                    settings.FromAddress = ReadEmail(value, property.Name, errors);
                    break;
                case "fromName":
                    settings.FromName = ReadText(value, property.Name, 200, errors);
                    break;
                case "smtpHost":
                    settings.SmtpHost = ReadHost(value, property.Name, errors);
                    break;
                case "smtpPort":
                    settings.SmtpPort = ReadPort(value, property.Name, settings.SmtpPort, errors);
                    break;
                case "smtpTlsMode":
                    settings.SmtpTlsMode = ReadEnum(value, property.Name, settings.SmtpTlsMode, errors);
                    break;
                case "smtpUserName":
                    settings.SmtpUserName = ReadText(value, property.Name, 255, errors);
                    break;
                case "smtpPassword":
                    password = (true, ReadText(value, property.Name, 500, errors));
                    break;
                case "pickupFolder":
                    settings.PickupFolder = ReadFolder(value, property.Name, errors);
                    break;
                default:
                    errors.Add($"Unknown property '{property.Name}'; expected one of {string.Join(", ", Properties)}.");
                    break;
            }
        }

        if (settings.Method == EmailDeliveryMethod.Smtp && string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            errors.Add("'method' is 'Smtp' but no 'smtpHost' is given.");
        }

        return password;
    }

    private static T ReadEnum<T>(JsonElement value, string name, T current, List<string> errors)
        where T : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.String
            && Enum.TryParse<T>(value.GetString(), ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed)
            && !int.TryParse(value.GetString(), out _))
        {
            return parsed;
        }

        errors.Add($"'{name}' must be one of {string.Join(", ", Enum.GetNames<T>())}.");

        return current;
    }

    private static string? ReadText(JsonElement value, string name, int maxLength, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (text is null || text.Length > maxLength || text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            errors.Add($"'{name}' must be null or one line of text of at most {maxLength} characters.");

            return null;
        }

        return text.Length == 0 ? null : text;
    }

    private static string? ReadEmail(JsonElement value, string name, List<string> errors)
    {
        var text = ReadText(value, name, 254, errors)?.Trim();
        if (text is not null && (!MailAddress.TryCreate(text, out var address) || address.Address != text))
        {
            errors.Add($"'{name}' must be an e-mail address such as support@example.com; '{text}' is not.");
        }

        return text;
    }

    private static string? ReadHost(JsonElement value, string name, List<string> errors)
    {
        var text = ReadText(value, name, 255, errors)?.Trim();
        if (text is not null && Uri.CheckHostName(text) == UriHostNameType.Unknown)
        {
            errors.Add($"'{name}' must be a host name or IP address; '{text}' is not.");
        }

        return text;
    }

    private static int ReadPort(JsonElement value, string name, int current, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var port) && port is >= 1 and <= 65535)
        {
            return port;
        }

        errors.Add($"'{name}' must be a whole number from 1 to 65535.");

        return current;
    }

    private static string? ReadFolder(JsonElement value, string name, List<string> errors)
    {
        var text = ReadText(value, name, 500, errors)?.Trim();
        if (text is not null && text.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"'{name}' must be a folder path; '{text}' contains characters no path may hold.");
        }

        return text;
    }
}
