using Helpdesk.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Users;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
