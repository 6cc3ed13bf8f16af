using System.Net;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.Users;

namespace Helpdesk.Tests.Customers;

/// <summary>The customer page tells staff when the customer was invited, before and after they set a password.</summary>
public sealed class CustomerInvitationStateTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public CustomerInvitationStateTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task InvitedCustomerPageShowsTheDateAndOffersToResend()
    {
        using var admin = await AdminAsync();
        var customerId = await _site.CreateCustomerAsync(admin, "carla@kunde.example", "Carla Kunde");
        var page = $"/admin/customers/{customerId}";

        using var sent = await _site.InviteAsync(admin, customerId, page);
        var after = await UsersAdminSite.FollowAsync(admin, sent);
        var invited = (await _site.FindUserAsync("carla@kunde.example"))?.InvitationSentUtc;
        var list = await admin.ReadTextAsync("/admin/customers?search=carla");

        Assert.Equal(page, sent.Headers.Location?.OriginalString);
        Assert.NotNull(invited);
        Assert.Contains($"Invited on {InvitationRequests.AsShown(invited.Value, "en")}", after, StringComparison.Ordinal);
        Assert.Contains("Resend invitation", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Send invitation", after, StringComparison.Ordinal);
        Assert.Contains("id=\"invitation-form\"", after, StringComparison.Ordinal);
        Assert.Contains(">Invited<", list, StringComparison.Ordinal);
        Assert.DoesNotContain("No password yet", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomerWhoAcceptedShowsThePasswordIsSetAndKeepsTheInvitationDate()
    {
        using var admin = await AdminAsync();
        var customerId = await _site.CreateCustomerAsync(admin, "paul@kunde.example", "Paul Kunde");
        var page = $"/admin/customers/{customerId}";
        using var sent = await _site.InviteAsync(admin, customerId, page);
        var invited = (await _site.FindUserAsync("paul@kunde.example"))?.InvitationSentUtc;

        using var accepted = await _site.AcceptInvitationAsync(await _site.LatestInvitationLinkAsync("paul@kunde.example"), "Sommerwiese-2027");
        var after = await admin.ReadTextAsync(page);
        var list = await admin.ReadTextAsync("/admin/customers?search=paul");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.NotNull(invited);
        Assert.Equal(invited, (await _site.FindUserAsync("paul@kunde.example"))?.InvitationSentUtc);
        Assert.Contains("The customer has set a password and can sign in.", after, StringComparison.Ordinal);
        Assert.Contains($"Invited on {InvitationRequests.AsShown(invited.Value, "en")}", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"invitation-form\"", after, StringComparison.Ordinal);
        Assert.Contains(">Active<", list, StringComparison.Ordinal);
    }

    private Task<HttpClient> AdminAsync() => _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
}
