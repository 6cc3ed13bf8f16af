using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;

namespace Helpdesk.Data.Migrations;

/// <summary>Brings a feature's tables up to date before it counts as enabled.</summary>
public sealed class FeatureMigrationHandler : IFeatureEventHandler
{
    private readonly MigrationService _migrations;

    public FeatureMigrationHandler(MigrationService migrations)
    {
        _migrations = migrations;
    }

    public Task EnablingAsync(FeatureInfo feature, CancellationToken cancellationToken)
    {
        _migrations.MigrateFeature(feature.Id);

        return Task.CompletedTask;
    }
}
