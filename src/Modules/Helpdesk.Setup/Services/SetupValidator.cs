using Helpdesk.Data;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Infrastructure.Setup;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Setup.Services;

/// <summary>
/// Checks a setup request completely before anything is saved, so that every mistake shows at
/// once beside its field. Errors go into the <see cref="SiteSetupContext"/> under the
/// <see cref="SetupRequest"/> property names.
/// </summary>
public sealed class SetupValidator
{
    public const int SiteNameMaxLength = 100;

    private readonly DatabaseSettingsAccessor _database;
    private readonly PostgresConnectionChecker _postgres;
    private readonly IRecipeCatalog _recipes;
    private readonly IEnumerable<ISiteSetupHandler> _handlers;
    private readonly IFeatureGate _gate;

    public SetupValidator(
        DatabaseSettingsAccessor database,
        PostgresConnectionChecker postgres,
        IRecipeCatalog recipes,
        IEnumerable<ISiteSetupHandler> handlers,
        IFeatureGate gate,
        IStringLocalizer<SetupValidator> localizer)
    {
        _database = database;
        _postgres = postgres;
        _recipes = recipes;
        _handlers = handlers;
        _gate = gate;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task ValidateAsync(SetupRequest request, SiteSetupContext context, CancellationToken cancellationToken)
    {
        ValidateSite(request, context);
        await ValidateDatabaseAsync(request, context, cancellationToken);
        await ValidateRecipeAsync(request, context, cancellationToken);

        foreach (var handler in _gate.Active(_handlers))
        {
            await handler.ValidateAsync(context, cancellationToken);
        }

        if (request.AdminPassword != request.PasswordConfirmation)
        {
            context.AddError(nameof(SetupRequest.PasswordConfirmation), S["The two passwords do not match."]);
        }
    }

    /// <summary>The database the request asks for, or the one configuration fixes.</summary>
    public DatabaseSettings DatabaseOf(SetupRequest request)
    {
        if (_database.IsFixedByConfiguration)
        {
            return _database.Current;
        }

        return request.DatabaseProvider == DatabaseProvider.Postgres
            ? new DatabaseSettings(DatabaseProvider.Postgres, request.ConnectionString.Trim())
            : new DatabaseSettings(DatabaseProvider.Sqlite, _database.DefaultSqliteConnectionString());
    }

    private void ValidateSite(SetupRequest request, SiteSetupContext context)
    {
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            context.AddError(nameof(SetupRequest.SiteName), S["The site name is required."]);
        }
        else if (request.SiteName.Trim().Length > SiteNameMaxLength)
        {
            context.AddError(nameof(SetupRequest.SiteName), S["The site name can have at most {0} characters.", SiteNameMaxLength]);
        }

        if (!SupportedCultures.IsSupported(request.Language))
        {
            context.AddError(nameof(SetupRequest.Language), S["Choose German or English."]);
        }

        if (!TimeZones.IsKnown(request.TimeZone))
        {
            context.AddError(nameof(SetupRequest.TimeZone), S["Choose a time zone from the list."]);
        }

        ValidateBaseUrl(request.BaseUrl, context);
    }

    private void ValidateBaseUrl(string baseUrl, SiteSetupContext context)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return;
        }

        if (baseUrl.Trim().Length > SiteAddress.MaxLength)
        {
            context.AddError(nameof(SetupRequest.BaseUrl), S["The address can have at most {0} characters.", SiteAddress.MaxLength]);
        }
        else if (!SiteAddress.IsValid(baseUrl))
        {
            context.AddError(nameof(SetupRequest.BaseUrl), S["Enter a complete address starting with https:// or http://."]);
        }
    }

    private async Task ValidateDatabaseAsync(SetupRequest request, SiteSetupContext context, CancellationToken cancellationToken)
    {
        var database = DatabaseOf(request);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            context.AddError(nameof(SetupRequest.ConnectionString), S["The connection string is required for PostgreSQL."]);
            return;
        }

        var failure = await _postgres.CheckAsync(database.ConnectionString, cancellationToken);
        if (failure is not null)
        {
            context.AddError(nameof(SetupRequest.ConnectionString), S["The database cannot be reached: {0}", failure]);
        }
    }

    private async Task ValidateRecipeAsync(SetupRequest request, SiteSetupContext context, CancellationToken cancellationToken)
    {
        var recipes = await _recipes.ListAsync(cancellationToken);
        if (!recipes.Any(r => r.IsSetupRecipe && r.FileName == request.Recipe))
        {
            context.AddError(nameof(SetupRequest.Recipe), S["Choose one of the listed recipes."]);
        }
    }
}
