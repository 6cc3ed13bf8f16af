using Helpdesk.Data;
using Helpdesk.Data.Migrations;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Infrastructure.Setup;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Setup.Services;

/// <summary>
/// Sets up a new site, for the setup page and the unattended setup alike: checks everything,
/// saves the database choice, creates the framework's tables, enables the always-enabled
/// features, runs the recipe, lets the <see cref="ISiteSetupHandler"/>s do their part (the
/// administrator) and finally saves the site settings, which marks the site as set up.
/// </summary>
public sealed partial class SetupService
{
    private readonly SetupValidator _validator;
    private readonly DatabaseSettingsAccessor _database;
    private readonly MigrationService _migrations;
    private readonly ModuleCatalog _catalog;
    private readonly ISiteService _site;
    private readonly IServiceScopeFactory _scopes;
    private readonly SetupLock _lock;
    private readonly TimeProvider _clock;
    private readonly ILogger<SetupService> _logger;

    public SetupService(
        SetupValidator validator,
        DatabaseSettingsAccessor database,
        MigrationService migrations,
        ModuleCatalog catalog,
        ISiteService site,
        IServiceScopeFactory scopes,
        SetupLock setupLock,
        TimeProvider clock,
        IStringLocalizer<SetupService> localizer,
        ILogger<SetupService> logger)
    {
        _validator = validator;
        _database = database;
        _migrations = migrations;
        _catalog = catalog;
        _site = site;
        _scopes = scopes;
        _lock = setupLock;
        _clock = clock;
        _logger = logger;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task<SetupResult> SetupAsync(SetupRequest request, CancellationToken cancellationToken = default)
    {
        await _lock.Semaphore.WaitAsync(cancellationToken);
        try
        {
            return await SetupLockedAsync(request, cancellationToken);
        }
        finally
        {
            _lock.Semaphore.Release();
        }
    }

    private async Task<SetupResult> SetupLockedAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        var context = new SiteSetupContext
        {
            SiteName = request.SiteName.Trim(),
            AdminEmail = request.AdminEmail.Trim(),
            AdminPassword = request.AdminPassword,
            Language = request.Language,
        };

        if (await _site.IsSetUpAsync(cancellationToken))
        {
            context.AddError("", S["The site is already set up."]);
            return SetupResult.Failed(context.Errors);
        }

        await _validator.ValidateAsync(request, context, cancellationToken);
        if (context.HasErrors)
        {
            return SetupResult.Failed(context.Errors);
        }

        await RunAsync(request, context, cancellationToken);

        return context.HasErrors ? SetupResult.Failed(context.Errors) : SetupResult.Success;
    }

    private async Task RunAsync(SetupRequest request, SiteSetupContext context, CancellationToken cancellationToken)
    {
        var database = _validator.DatabaseOf(request);
        try
        {
            if (!_database.IsFixedByConfiguration)
            {
                _database.Save(database);
            }

            _migrations.MigrateCore();

            // A new scope: the services of the current one may be bound to the database that was
            // in use before the choice was saved.
            await using var scope = _scopes.CreateAsyncScope();
            await BuildSiteAsync(scope.ServiceProvider, request, context, cancellationToken);
        }
        catch (RecipeException exception)
        {
            LogRecipeFailed(exception, request.Recipe);
            foreach (var error in exception.Errors)
            {
                context.AddError(nameof(SetupRequest.Recipe), error);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSetupFailed(exception, database.Provider);
            context.AddError("", S["The site could not be set up: {0}", exception.Message]);
        }
    }

    private async Task BuildSiteAsync(
        IServiceProvider services,
        SetupRequest request,
        SiteSetupContext context,
        CancellationToken cancellationToken)
    {
        var alwaysEnabled = _catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id);
        await services.GetRequiredService<IFeatureManager>().EnableAsync(alwaysEnabled, cancellationToken);

        await RunRecipeAsync(services, request.Recipe, cancellationToken);

        var gate = services.GetRequiredService<IFeatureGate>();
        foreach (var handler in gate.Active(services.GetServices<ISiteSetupHandler>()))
        {
            await handler.SetupAsync(context, cancellationToken);
        }

        if (context.HasErrors)
        {
            return;
        }

        await SaveSettingsAsync(services, request, context, cancellationToken);
    }

    private static async Task RunRecipeAsync(IServiceProvider services, string fileName, CancellationToken cancellationToken)
    {
        var json = await services.GetRequiredService<IRecipeCatalog>().ReadAsync(fileName, cancellationToken)
            ?? throw new RecipeException($"{fileName}: the recipe file was not found.");

        await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(fileName, json, cancellationToken);
    }

    private async Task SaveSettingsAsync(
        IServiceProvider services,
        SetupRequest request,
        SiteSetupContext context,
        CancellationToken cancellationToken)
    {
        var site = services.GetRequiredService<ISiteService>();
        var settings = await site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();
        settings.SiteName = context.SiteName;
        settings.DefaultLanguage = request.Language;
        settings.TimeZoneId = request.TimeZone;
        settings.BaseUrl = SiteAddress.Normalize(request.BaseUrl);
        settings.SetupCompletedUtc = _clock.GetUtcNow().UtcDateTime;
        await site.SaveSettingsAsync(settings, cancellationToken);

        LogSetUp(context.SiteName, request.Recipe, _database.Current.Provider);
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Site {SiteName} set up with recipe {Recipe} on {Provider}")]
    private partial void LogSetUp(string siteName, string recipe, DatabaseProvider provider);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Setup stopped: recipe {Recipe} failed")]
    private partial void LogRecipeFailed(Exception exception, string recipe);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "Setup on {Provider} failed")]
    private partial void LogSetupFailed(Exception exception, DatabaseProvider provider);
}
