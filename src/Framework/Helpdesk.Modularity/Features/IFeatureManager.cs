namespace Helpdesk.Modularity.Features;

/// <summary>Enables and disables features at run time, keeping dependencies consistent.</summary>
public interface IFeatureManager
{
    /// <summary>
    /// Enables the features and every feature they depend on, dependencies first. Returns the
    /// features that were newly enabled, in the order they were enabled.
    /// </summary>
    Task<IReadOnlyList<FeatureInfo>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Disables the features and every enabled feature that depends on them, dependents first.
    /// Returns the features that were disabled, in that order. Their data is kept.
    /// </summary>
    Task<IReadOnlyList<FeatureInfo>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>Reads the enabled set from the store into memory, e.g. after a rolled back transaction.</summary>
    Task ReloadAsync(CancellationToken cancellationToken = default);

    /// <summary>Features enabled now that depend on the given feature, directly or not.</summary>
    IReadOnlyList<FeatureInfo> EnabledDependents(string featureId);

    /// <summary>Features the given one needs, directly or not, in enabling order.</summary>
    IReadOnlyList<FeatureInfo> Dependencies(string featureId);
}
