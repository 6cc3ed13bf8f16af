using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Indexing;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Helpdesk.Taxonomies.Data;
using Helpdesk.Taxonomies.Handlers;
using Helpdesk.Taxonomies.Indexing;
using Helpdesk.Taxonomies.Recipes;
using Helpdesk.Taxonomies.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Taxonomies;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, TaxonomiesModelContributor>();
        services.AddSingleton<TaxonomySnapshotCache>();
        services.AddScoped<TaxonomyService>();
        services.AddScoped<TermFields>();
        services.AddScoped<IContentTypeUsage, TermTypeUsage>();
        services.AddScoped<ITaxonomyQuery, TaxonomyQuery>();
        services.AddScoped<ITaxonomyTermSource, TaxonomyTermSource>();
        services.AddScoped<IIndexProvider, TaxonomyIndexProvider>();
        services.AddScoped<IContentHandler, TaxonomyPartHandler>();
        services.AddScoped<IFeatureEventHandler, TaxonomyTypesFeatureHandler>();
        services.AddScoped<IRecipeStepHandler, TaxonomiesStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
