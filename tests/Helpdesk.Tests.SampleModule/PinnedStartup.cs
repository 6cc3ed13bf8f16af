using Helpdesk.Modularity;
using Helpdesk.Modularity.Manifest;
using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.SampleModule;

[Feature(SampleFeatures.Pinned)]
public sealed class PinnedStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<INavigationProvider, PinnedAdminMenu>();
    }
}
