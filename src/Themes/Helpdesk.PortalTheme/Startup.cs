using Helpdesk.Modularity;
using Helpdesk.PortalTheme.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.PortalTheme;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<PortalBrandingService>();
    }
}
