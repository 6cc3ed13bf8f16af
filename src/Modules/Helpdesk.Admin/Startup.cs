using Helpdesk.Admin.Services;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Admin;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddSingleton<SiteLogoStore>();
        services.AddScoped<IAdminAlertProvider, SiteSettingsAlerts>();
    }
}
