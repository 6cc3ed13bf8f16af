using Helpdesk.Data.Documents;
using Helpdesk.Data.Features;
using Helpdesk.Data.Migrations;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (the provider chosen by <see cref="DatabaseSettingsAccessor"/>),
    /// migrations, the documents store, the feature state and data-protection keys in the database.
    /// </summary>
    public static IServiceCollection AddHelpdeskData(this IServiceCollection services)
    {
        services.AddSingleton<HelpdeskPaths>();
        services.AddSingleton<DatabaseSettingsAccessor>();
        services.AddSingleton<MigrationService>();
        services.AddSingleton<TransactionEndInterceptor>();
        services.AddMemoryCache();

        services.AddDbContext<HelpdeskDbContext>((provider, options) =>
        {
            var settings = provider.GetRequiredService<DatabaseSettingsAccessor>().Current;
            options.UseHelpdeskDatabase(settings);
            options.AddInterceptors(provider.GetRequiredService<TransactionEndInterceptor>());
            options.ReplaceService<IModelCacheKeyFactory, HelpdeskModelCacheKeyFactory>();
        });

        services.AddScoped<IDocumentStore, DocumentStore>();
        services.AddScoped<IFeatureStateStore, FeatureStateStore>();
        services.AddScoped<IFeatureEventHandler, FeatureMigrationHandler>();
        services.AddDataProtection().PersistKeysToDbContext<HelpdeskDbContext>().SetApplicationName("Helpdesk");
        services.AddHealthChecks().AddDbContextCheck<HelpdeskDbContext>("database", tags: ["ready"]);

        return services;
    }

    public static DbContextOptionsBuilder UseHelpdeskDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(settings.ConnectionString)
            : options.UseSqlite(settings.ConnectionString).AddInterceptors(SqliteUnicodeCaseInterceptor.Instance);
}
