using Helpdesk.Features.Services;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Features;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<FeatureSwitchService>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
