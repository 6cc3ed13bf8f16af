using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Site;

public sealed class SecurityHeadersTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public SecurityHeadersTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/login")]
    [InlineData("/no-such-page")]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string url)
    {
        using var client = _site.CreateClient(followRedirects: false);

        using var response = await client.GetAsync(url);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"The answer to {response.RequestMessage?.RequestUri} has no {name} header.");
}
