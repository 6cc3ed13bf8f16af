using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.Http;

namespace Helpdesk.Setup.Middleware;

/// <summary>
/// Sends every visitor to <c>/setup</c> until the site is set up, except for health checks, error
/// pages and static files, which must work before. Once set up, <c>/setup</c> no longer exists.
/// </summary>
public sealed class SetupRedirectMiddleware
{
    public const string SetupPath = "/setup";

    private static readonly PathString[] OpenBeforeSetup = ["/health", "/error", "/_content", "/lib"];

    private readonly RequestDelegate _next;
    private readonly IFeatureGate _gate;

    public SetupRedirectMiddleware(RequestDelegate next, IFeatureGate gate)
    {
        _next = next;
        _gate = gate;
    }

    public async Task InvokeAsync(HttpContext context, ISiteService site)
    {
        if (!_gate.IsEnabled(typeof(SetupRedirectMiddleware)))
        {
            await _next(context);
            return;
        }

        var path = context.Request.Path;
        var isSetUp = await site.IsSetUpAsync(context.RequestAborted);
        var isSetupPage = path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase);

        if (isSetUp && isSetupPage)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!isSetUp && !isSetupPage && !IsOpenBeforeSetup(path))
        {
            context.Response.Redirect(context.Request.PathBase + SetupPath);
            return;
        }

        await _next(context);
    }

    private static bool IsOpenBeforeSetup(PathString path) =>
        OpenBeforeSetup.Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase))
        || Path.HasExtension(path.Value);
}
