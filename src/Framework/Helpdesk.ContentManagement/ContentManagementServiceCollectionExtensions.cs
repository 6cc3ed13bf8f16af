using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Indexing;
using Helpdesk.ContentManagement.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpdesk.ContentManagement;

public static class ContentManagementServiceCollectionExtensions
{
    /// <summary>
    /// Registers the definitions, the content manager and the <c>ContentItemIndex</c> provider.
    /// Called by the startup of the feature that owns the content tables (Helpdesk.Contents).
    /// </summary>
    public static IServiceCollection AddContentManagement(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IIndexProvider, ContentItemIndexProvider>();
        services.AddScoped<ContentFieldDrivers>();

        return services;
    }
}
