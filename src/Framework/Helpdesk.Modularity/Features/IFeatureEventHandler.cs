namespace Helpdesk.Modularity.Features;

/// <summary>
/// Observes features being switched. Every handler hears about every feature and checks
/// <see cref="FeatureInfo.Id"/> itself, because the feature being enabled is not active yet.
/// </summary>
public interface IFeatureEventHandler
{
    /// <summary>Before the feature counts as enabled: the place for schema migrations.</summary>
    Task EnablingAsync(FeatureInfo feature, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the feature is enabled: the place for seed data such as default roles.</summary>
    Task EnabledAsync(FeatureInfo feature, CancellationToken cancellationToken) => Task.CompletedTask;

    Task DisabledAsync(FeatureInfo feature, CancellationToken cancellationToken) => Task.CompletedTask;
}
