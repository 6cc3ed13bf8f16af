using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Modularity;

/// <summary>
/// The entry point of a module's feature. The host creates one instance per startup class found
/// in a module assembly, calls <see cref="ConfigureServices"/> in feature dependency order and
/// later <see cref="Configure"/>. Everything registered here belongs to the startup's feature
/// (the module's main feature unless the class carries <c>[Feature]</c>) and is active only
/// while that feature is enabled.
/// </summary>
public abstract class StartupBase
{
    /// <summary>Orders startups of the same feature; lower runs first.</summary>
    public virtual int Order => 0;

    /// <summary>The application configuration, set by the host before any call.</summary>
    public IConfiguration Configuration { get; internal set; } = null!;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Adds middleware or endpoints. Middleware is always in the pipeline, so it must check
    /// <see cref="Features.IFeatureGate"/> itself; MVC controllers are gated by the host.
    /// </summary>
    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
    }
}
