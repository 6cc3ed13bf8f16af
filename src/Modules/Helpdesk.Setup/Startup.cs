using Helpdesk.Infrastructure.Hosting;
using Helpdesk.Modularity;
using Helpdesk.Setup.Middleware;
using Helpdesk.Setup.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Setup;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SetupLock>();
        services.AddSingleton<PostgresConnectionChecker>();
        services.AddScoped<SetupValidator>();
        services.AddScoped<SetupService>();
        services.AddScoped<IStartupTask, UnattendedSetupTask>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services) =>
        app.UseMiddleware<SetupRedirectMiddleware>();
}
