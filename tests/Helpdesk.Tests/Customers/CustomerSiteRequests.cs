using System.Net;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Customers;

/// <summary>Fills the customer and organisation forms over HTTP, as staff do in the browser.</summary>
public static class CustomerSiteRequests
{
    public static async Task<int> CreateOrganisationAsync(
        this HelpdeskSiteFactory site,
        HttpClient client,
        string name,
        string domains = "",
        bool membersSeeTickets = false)
    {
        using var response = await site.FormAsync(client, "/admin/organisations/new",
        [
            new("Name", name),
            new("Domains", domains),
            new("Notes", ""),
            new("MembersSeeOrganisationTickets", membersSeeTickets ? "true" : "false"),
        ]);

        return int.Parse(CreatedId(response, "/admin/organisations/"), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> CreateCustomerAsync(
        this HelpdeskSiteFactory site,
        HttpClient client,
        string email,
        string name,
        string organisationId = "",
        string language = "de",
        string phone = "")
    {
        using var response = await site.PostCustomerAsync(client, email, name, organisationId, language, phone);

        return CreatedId(response, "/admin/customers/");
    }

    public static Task<HttpResponseMessage> PostCustomerAsync(
        this HelpdeskSiteFactory site,
        HttpClient client,
        string email,
        string name,
        string organisationId = "",
        string language = "de",
        string phone = "") =>
        site.FormAsync(client, "/admin/customers/new",
        [
            new("Name", name),
            new("Email", email),
            new("Phone", phone),
            new("Language", language),
            new("OrganisationId", organisationId),
            new("SeeOrganisationTickets", ""),
        ]);

    /// <summary>The page's text with HTML entities decoded, so umlauts and quotes read as typed.</summary>
    public static async Task<string> ReadTextAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string CreatedId(HttpResponseMessage response, string prefix)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && location.StartsWith(prefix, StringComparison.Ordinal),
            $"Expected a redirect to {prefix}…, got {(int)response.StatusCode} {location}");

        return location[prefix.Length..];
    }
}
