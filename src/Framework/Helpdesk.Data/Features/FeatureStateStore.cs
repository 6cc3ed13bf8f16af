using Helpdesk.Data.Documents;
using Helpdesk.Modularity.Features;

namespace Helpdesk.Data.Features;

public sealed class FeatureStateStore : IFeatureStateStore
{
    private readonly IDocumentStore _documents;

    public FeatureStateStore(IDocumentStore documents)
    {
        _documents = documents;
    }

    public async Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var state = await _documents.GetAsync<FeatureStateDocument>(cancellationToken);

        return state.EnabledFeatures;
    }

    public async Task SaveAsync(IReadOnlyCollection<string> featureIds, CancellationToken cancellationToken = default)
    {
        var state = await _documents.GetAsync<FeatureStateDocument>(cancellationToken);
        state.EnabledFeatures = featureIds.ToList();
        await _documents.SaveAsync(state, cancellationToken);
    }
}
