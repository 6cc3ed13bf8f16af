namespace Helpdesk.Modularity.Features;

/// <summary>Persists the ids of the enabled features (the data layer keeps them in a document).</summary>
public interface IFeatureStateStore
{
    Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(IReadOnlyCollection<string> featureIds, CancellationToken cancellationToken = default);
}
