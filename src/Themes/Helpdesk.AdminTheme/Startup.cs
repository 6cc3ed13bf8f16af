using Helpdesk.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.AdminTheme;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
