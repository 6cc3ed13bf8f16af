using Helpdesk.Data.Migrations;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Data;

public static class DataApplicationExtensions
{
    /// <summary>
    /// Brings the database up to date before the site serves: the framework's tables, then the
    /// tables of every enabled feature (so an upgrade's migrations apply) and of the always-enabled
    /// ones (they count as enabled from the first request, even before setup), then loads the
    /// enabled set into memory.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var migrations = services.GetRequiredService<MigrationService>();
        migrations.MigrateCore();

        await using var scope = services.CreateAsyncScope();
        var features = scope.ServiceProvider.GetRequiredService<IFeatureManager>();
        await features.ReloadAsync(cancellationToken);

        var stored = await scope.ServiceProvider.GetRequiredService<IFeatureStateStore>().LoadAsync(cancellationToken);
        var catalog = services.GetRequiredService<ModuleCatalog>();
        foreach (var feature in catalog.Features.Where(f => f.AlwaysEnabled || stored.Contains(f.Id)))
        {
            migrations.MigrateFeature(feature.Id);
        }
    }
}
