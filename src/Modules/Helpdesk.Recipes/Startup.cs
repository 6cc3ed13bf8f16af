using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Helpdesk.Recipes.Services;
using Helpdesk.Recipes.Steps;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Recipes;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IRecipeCatalog, RecipeCatalog>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
