using System.Globalization;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Hosting;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Setup.Services;

/// <summary>
/// Sets the site up at start from configuration (<c>Helpdesk:Setup:*</c>), for containers and
/// test servers, when the site is not set up yet and <c>Helpdesk:Setup:AdminEmail</c> is given.
/// Bad values stop the start with an exception that names the keys to fix. A site that is set up
/// ignores the keys, so they may stay in place.
/// </summary>
public sealed partial class UnattendedSetupTask : IStartupTask
{
    public const string Section = "Helpdesk:Setup";
    public const string DefaultRecipe = "helpdesk.recipe.json";

    private static readonly Dictionary<string, string> KeysByField = new(StringComparer.Ordinal)
    {
        [nameof(SetupRequest.SiteName)] = Section + ":SiteName",
        [nameof(SetupRequest.Language)] = Section + ":Language",
        [nameof(SetupRequest.TimeZone)] = Section + ":TimeZone",
        [nameof(SetupRequest.BaseUrl)] = Section + ":BaseUrl",
        [nameof(SetupRequest.Recipe)] = Section + ":Recipe",
        [nameof(SetupRequest.AdminEmail)] = Section + ":AdminEmail",
        [nameof(SetupRequest.AdminPassword)] = Section + ":AdminPassword",
        [nameof(SetupRequest.PasswordConfirmation)] = Section + ":AdminPassword",
        [nameof(SetupRequest.DatabaseProvider)] = "Helpdesk:Database:Provider",
        [nameof(SetupRequest.ConnectionString)] = "Helpdesk:Database:ConnectionString",
    };

    private readonly IConfiguration _configuration;
    private readonly ISiteService _site;
    private readonly SetupService _setup;
    private readonly DatabaseSettingsAccessor _database;
    private readonly ILogger<UnattendedSetupTask> _logger;

    public UnattendedSetupTask(
        IConfiguration configuration,
        ISiteService site,
        SetupService setup,
        DatabaseSettingsAccessor database,
        ILogger<UnattendedSetupTask> logger)
    {
        _configuration = configuration;
        _site = site;
        _setup = setup;
        _database = database;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var section = _configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["AdminEmail"]))
        {
            return;
        }

        if (await _site.IsSetUpAsync(cancellationToken))
        {
            LogAlreadySetUp();
            return;
        }

        var result = await SetupInEnglishAsync(RequestFrom(section), cancellationToken);
        if (!result.Succeeded)
        {
            throw Failure(result);
        }
    }

    private SetupRequest RequestFrom(IConfigurationSection section)
    {
        var database = _database.Current;
        var password = section["AdminPassword"] ?? "";

        return new SetupRequest
        {
            SiteName = section["SiteName"] ?? "Helpdesk",
            Language = section["Language"] ?? SupportedCultures.English,
            TimeZone = section["TimeZone"] ?? "UTC",
            BaseUrl = section["BaseUrl"] ?? "",
            Recipe = section["Recipe"] ?? DefaultRecipe,
            AdminEmail = section["AdminEmail"] ?? "",
            AdminPassword = password,
            PasswordConfirmation = password,
            DatabaseProvider = database.Provider,
            ConnectionString = database.Provider == DatabaseProvider.Postgres ? database.ConnectionString : "",
        };
    }

    // The messages go to the log and the exception, which operators read in English.
    private async Task<SetupResult> SetupInEnglishAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SupportedCultures.English);
        try
        {
            return await _setup.SetupAsync(request, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private InvalidOperationException Failure(SetupResult result)
    {
        var problems = result.Errors
            .SelectMany(e => e.Value.Select(message => (Key: KeyOf(e.Key), Message: message)))
            .ToList();
        foreach (var (key, message) in problems)
        {
            LogSetupError(key.Length > 0 ? key : Section, message);
        }

        var keys = problems.Select(p => p.Key).Distinct().Where(k => k.Length > 0).ToList();
        var details = string.Join(" ", problems.Select(p => p.Key.Length > 0 ? $"{p.Key}: {p.Message}" : p.Message));

        return new InvalidOperationException(keys.Count > 0
            ? $"Unattended setup failed; check {string.Join(", ", keys)}. {details}"
            : $"Unattended setup failed. {details}");
    }

    private static string KeyOf(string field) => KeysByField.GetValueOrDefault(field, "");

    [LoggerMessage(EventId = 3211, Level = LogLevel.Debug, Message = "The site is set up; the Helpdesk:Setup keys are ignored")]
    private partial void LogAlreadySetUp();

    [LoggerMessage(EventId = 3212, Level = LogLevel.Error, Message = "Unattended setup failed at {Key}: {Problem}")]
    private partial void LogSetupError(string key, string problem);
}
