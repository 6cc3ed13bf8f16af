using System.Net;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Site;

public sealed class HealthTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public HealthTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointAnswersHealthy(string url)
    {
        using var client = _site.CreateClient(followRedirects: false);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
