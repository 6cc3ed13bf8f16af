using System.Reflection;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Manifest;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Modularity;

public static class ModularityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the module framework and calls every module startup's ConfigureServices in
    /// feature dependency order, remembering which feature each registered type belongs to.
    /// </summary>
    public static IServiceCollection AddModules(
        this IServiceCollection services,
        IConfiguration configuration,
        ModuleCatalog catalog)
    {
        var typeMap = new FeatureTypeMap(catalog);
        services.AddSingleton(catalog);
        services.AddSingleton(typeMap);
        services.AddSingleton<EnabledFeatures>();
        services.AddSingleton<IFeatureGate, FeatureGate>();
        services.AddScoped<IFeatureManager, FeatureManager>();
        services.AddScoped<IPermissionService, PermissionService>();
        services.AddScoped<INavigationManager, NavigationManager>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();

        var startups = CreateStartups(catalog, configuration);
        foreach (var (featureId, startup) in startups)
        {
            ConfigureFeatureServices(services, typeMap, featureId, startup);
        }

        services.AddSingleton(new ModuleStartups(startups.Select(s => s.Startup).ToList()));

        return services;
    }

    /// <summary>Adds the modules' controllers and compiled views; themes' views come first so they win.</summary>
    public static IMvcBuilder AddModuleParts(this IMvcBuilder mvc, ModuleCatalog catalog)
    {
        mvc.ConfigureApplicationPartManager(manager =>
        {
            var hostParts = manager.ApplicationParts.ToList();
            manager.ApplicationParts.Clear();

            var modules = catalog.Modules.OrderByDescending(m => m.IsTheme);
            foreach (var module in modules)
            {
                AddParts(manager, module.Assembly);
            }

            foreach (var part in hostParts.Where(p => !manager.ApplicationParts.Any(e => e.Name == p.Name && e.GetType() == p.GetType())))
            {
                manager.ApplicationParts.Add(part);
            }
        });

        mvc.AddMvcOptions(options => options.Filters.Add<FeatureGateFilter>());

        return mvc;
    }

    private static void AddParts(ApplicationPartManager manager, Assembly assembly)
    {
        var factory = ApplicationPartFactory.GetApplicationPartFactory(assembly);
        foreach (var part in factory.GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }

    private static List<(string FeatureId, StartupBase Startup)> CreateStartups(
        ModuleCatalog catalog,
        IConfiguration configuration)
    {
        var featureOrder = catalog.Features.Select((f, index) => (f.Id, index)).ToDictionary(x => x.Id, x => x.index);

        return catalog.Modules
            .SelectMany(module => module.Assembly.GetTypes()
                .Where(t => t.IsClass && !t.IsAbstract && typeof(StartupBase).IsAssignableFrom(t))
                .Select(t => (FeatureId: t.GetCustomAttribute<FeatureAttribute>()?.FeatureId ?? module.Id, Type: t)))
            .Select(s => (s.FeatureId, Startup: Instantiate(s.Type, configuration)))
            .OrderBy(s => featureOrder.TryGetValue(s.FeatureId, out var index)
                ? index
                : throw new FeatureDependencyException($"Startup '{s.Startup.GetType()}' names unknown feature '{s.FeatureId}'."))
            .ThenBy(s => s.Startup.Order)
            .ToList();
    }

    private static StartupBase Instantiate(Type type, IConfiguration configuration)
    {
        var startup = (StartupBase)Activator.CreateInstance(type)!;
        startup.Configuration = configuration;

        return startup;
    }

    private static void ConfigureFeatureServices(
        IServiceCollection services,
        FeatureTypeMap typeMap,
        string featureId,
        StartupBase startup)
    {
        var featureServices = new ServiceCollection();
        startup.ConfigureServices(featureServices);

        foreach (var descriptor in featureServices)
        {
            var implementation = descriptor.IsKeyedService
                ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
                : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
            if (implementation is not null && implementation.Assembly != typeof(ServiceCollection).Assembly)
            {
                typeMap.Register(implementation, featureId);
            }

            services.Add(descriptor);
        }
    }
}
