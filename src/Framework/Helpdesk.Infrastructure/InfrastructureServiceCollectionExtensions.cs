using System.Reflection;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpdesk.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Registers localisation (German and English, MVC's binding messages too), site settings and notifications.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="catalog">The modules, whose translations are loaded.</param>
    /// <param name="hostAssembly">The host, which has translations of its own (error pages).</param>
    public static IServiceCollection AddHelpdeskInfrastructure(
        this IServiceCollection services,
        ModuleCatalog catalog,
        Assembly hostAssembly)
    {
        var assemblies = catalog.Modules.Select(m => m.Assembly)
            .Append(typeof(SupportedCultures).Assembly)
            .Append(hostAssembly);
        services.AddSingleton(new TranslationCatalog(assemblies));
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(ConfigureCultures);
        services.AddTransient<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();

        services.AddSingleton<SetupState>();
        services.AddScoped<ISiteService, SiteService>();
        services.AddHttpContextAccessor();
        services.AddScoped<INotifier, TempDataNotifier>();

        return services;
    }

    private static void ConfigureCultures(RequestLocalizationOptions options)
    {
        options.SupportedCultures = SupportedCultures.All.ToList();
        options.SupportedUICultures = SupportedCultures.All.ToList();
        options.DefaultRequestCulture = new RequestCulture(SupportedCultures.English);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new UserCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
            new SiteDefaultCultureProvider(),
        ];
    }
}
