using Helpdesk.Data;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.SampleModule;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, SampleNoteModel>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
