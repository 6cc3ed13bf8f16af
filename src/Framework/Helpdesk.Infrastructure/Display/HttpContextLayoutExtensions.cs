using Microsoft.AspNetCore.Http;

namespace Helpdesk.Infrastructure.Display;

public static class HttpContextLayoutExtensions
{
    public const string AdminLayout = "_AdminLayout";
    public const string PortalLayout = "_PortalLayout";

    /// <summary>True when the request is served by an action marked <see cref="AdminAttribute"/>.</summary>
    public static bool IsAdminRequest(this HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<AdminAttribute>() is not null;

    /// <summary>The layout of the theme that serves this request.</summary>
    public static string ThemeLayout(this HttpContext context) =>
        context.IsAdminRequest() ? AdminLayout : PortalLayout;
}
