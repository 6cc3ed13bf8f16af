using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Modularity.Features;

namespace Helpdesk.Contents.Services;

/// <summary>The taxonomies a taxonomy field may draw its terms from, as the Taxonomies module lists them.</summary>
public sealed class TaxonomyChoices
{
    private readonly IEnumerable<ITaxonomyTermSource> _sources;
    private readonly IFeatureGate _gate;

    public TaxonomyChoices(IEnumerable<ITaxonomyTermSource> sources, IFeatureGate gate)
    {
        _sources = sources;
        _gate = gate;
    }

    /// <summary>Every taxonomy by name; null when no module provides taxonomies.</summary>
    public async Task<IReadOnlyList<TaxonomyInfo>?> ListAsync(CancellationToken cancellationToken)
    {
        var source = _gate.Active(_sources).FirstOrDefault();

        return source is null ? null : await source.ListTaxonomiesAsync(cancellationToken);
    }
}
