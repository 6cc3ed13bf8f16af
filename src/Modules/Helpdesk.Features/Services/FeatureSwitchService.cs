using Helpdesk.Data;
using Helpdesk.Data.Migrations;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Features.Services;

/// <summary>
/// Switches one feature from the Features page so that a failure leaves nothing half done:
/// migrations first (outside the transaction, as SQLite allows one writer and the migration
/// runner has its own connection), then the change and its event handlers in one transaction.
/// </summary>
public sealed class FeatureSwitchService
{
    private readonly HelpdeskDbContext _db;
    private readonly IFeatureManager _features;
    private readonly ModuleCatalog _catalog;
    private readonly MigrationService _migrations;
    private readonly IServiceScopeFactory _scopeFactory;

    public FeatureSwitchService(
        HelpdeskDbContext db,
        IFeatureManager features,
        ModuleCatalog catalog,
        MigrationService migrations,
        IServiceScopeFactory scopeFactory)
    {
        _db = db;
        _features = features;
        _catalog = catalog;
        _migrations = migrations;
        _scopeFactory = scopeFactory;
    }

    /// <summary>Enables the feature and its dependencies; returns those newly enabled, in order.</summary>
    public async Task<IReadOnlyList<FeatureInfo>> EnableAsync(string featureId, CancellationToken cancellationToken)
    {
        var feature = _catalog.GetFeature(featureId);
        foreach (var needed in _features.Dependencies(feature.Id).Append(feature))
        {
            _migrations.MigrateFeature(needed.Id);
        }

        return await InTransactionAsync(() => _features.EnableAsync([feature.Id], cancellationToken), cancellationToken);
    }

    /// <summary>Disables the feature and its enabled dependents; returns those disabled, in order.</summary>
    public Task<IReadOnlyList<FeatureInfo>> DisableAsync(string featureId, CancellationToken cancellationToken) =>
        InTransactionAsync(() => _features.DisableAsync([featureId], cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<FeatureInfo>> InTransactionAsync(
        Func<Task<IReadOnlyList<FeatureInfo>>> change,
        CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var changed = await change();
            await transaction.CommitAsync(cancellationToken);

            return changed;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            _db.ChangeTracker.Clear();
            await ReloadAsync();
            throw;
        }
    }

    // A fresh scope reads the committed feature set; this one remembers the rolled back save.
    private async Task ReloadAsync()
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().ReloadAsync(CancellationToken.None);
    }
}
