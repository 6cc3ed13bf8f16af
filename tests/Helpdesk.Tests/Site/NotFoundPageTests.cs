using System.Net;
using System.Net.Http.Headers;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Site;

public sealed class NotFoundPageTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public NotFoundPageTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("de", "Seite nicht gefunden")]
    public async Task UnknownAddressShowsAFriendlyPageWithoutInternals(string language, string title)
    {
        using var client = _site.CreateClient(followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tickets/no-such-page");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        using var response = await client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Helpdesk.Web", page, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", page, StringComparison.Ordinal);
    }
}
