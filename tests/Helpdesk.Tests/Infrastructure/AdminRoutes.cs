using System.Globalization;
using Helpdesk.Infrastructure.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>
/// The addresses of every admin page the site maps: the GET routes of actions marked
/// <see cref="AdminAttribute"/>, read from the site's own endpoints, so a new admin page is
/// covered by the access tests without being listed anywhere.
/// </summary>
public static class AdminRoutes
{
    /// <summary>A stand-in for a route parameter: authorization is decided before any value is read.</summary>
    private const string SampleValue = "sample";

    public static IReadOnlyList<string> GetUrls(IServiceProvider services) => UrlsOf(AdminGetEndpoints(services));

    /// <summary>The admin pages whose address has no parameter: the places a user starts from.</summary>
    public static IReadOnlyList<string> GetUrlsWithoutParameters(IServiceProvider services) =>
        UrlsOf(AdminGetEndpoints(services).Where(endpoint => endpoint.RoutePattern.Parameters.Count == 0));

    private static IEnumerable<RouteEndpoint> AdminGetEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<AdminAttribute>() is not null)
            .Where(AnswersGet);

    private static List<string> UrlsOf(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints
            .Select(endpoint => UrlOf(endpoint.RoutePattern))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool AnswersGet(Endpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;

        return methods is null || methods.Count == 0 || methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase);
    }

    private static string UrlOf(RoutePattern pattern)
    {
        var segments = pattern.PathSegments
            .Select(segment => string.Concat(segment.Parts.Select(ValueOf)))
            .Where(segment => segment.Length > 0);

        return "/" + string.Join('/', segments);
    }

    private static string ValueOf(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => ValueOf(parameter),
        _ => throw new InvalidOperationException($"Unknown route pattern part {part.GetType().Name}."),
    };

    private static string ValueOf(RoutePatternParameterPart parameter)
    {
        if (parameter.Default is not null)
        {
            return Convert.ToString(parameter.Default, CultureInfo.InvariantCulture) ?? "";
        }

        if (parameter.IsOptional)
        {
            return "";
        }

        var constraints = parameter.ParameterPolicies.Select(policy => policy.Content ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal)))
        {
            return "1";
        }

        if (constraints.Contains("guid"))
        {
            return "00000000-0000-0000-0000-000000000001";
        }

        return constraints.Contains("bool") ? "true" : SampleValue;
    }
}
