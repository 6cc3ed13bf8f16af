using Helpdesk.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Admin;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
