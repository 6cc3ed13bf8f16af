using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Modularity;

public static class ModularityApplicationExtensions
{
    /// <summary>Calls every module startup's Configure in feature dependency order.</summary>
    public static WebApplication UseModules(this WebApplication app)
    {
        var startups = app.Services.GetRequiredService<ModuleStartups>();
        foreach (var startup in startups.Startups)
        {
            startup.Configure(app, app, app.Services);
        }

        return app;
    }
}
