using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Taxonomies.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Taxonomies.Handlers;

/// <summary>Defines the Taxonomy content type when the feature is enabled.</summary>
public sealed class TaxonomyTypesFeatureHandler : IFeatureEventHandler
{
    public const string FeatureId = "Helpdesk.Taxonomies";

    private readonly IServiceProvider _services;

    // Every feature switch builds every handler; the content services are resolved only when
    // this feature is the one being enabled.
    public TaxonomyTypesFeatureHandler(IServiceProvider services)
    {
        _services = services;
    }

    public async Task EnabledAsync(FeatureInfo feature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (feature.Id == FeatureId)
        {
            await _services.GetRequiredService<TaxonomyService>().EnsureTypesAsync(null, cancellationToken);
        }
    }
}
