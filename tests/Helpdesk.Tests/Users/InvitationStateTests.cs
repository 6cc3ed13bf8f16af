using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Customers;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Users;

/// <summary>Staff see whether and when a user was invited; the first invitation turns the button into "Resend".</summary>
public sealed class InvitationStateTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string UsersUrl = "/admin/users";
    private const string NewPassword = "Sommerwiese-2027";

    private readonly HelpdeskSiteFactory _site;

    public InvitationStateTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task UnknownLinksSayWhatToDoWithoutPromisingAContactTheSiteDoesNotHave()
    {
        using var visitor = _site.CreateClient(followRedirects: false);

        var invitation = await visitor.ReadTextAsync("/account/invitation?userId=nobody&code=nothing");
        var reset = await visitor.ReadTextAsync("/account/reset-password?userId=nobody&code=nothing");

        Assert.Contains("Please ask us for a new invitation.", invitation, StringComparison.Ordinal);
        Assert.DoesNotContain("support-contact", invitation, StringComparison.Ordinal);
        Assert.Contains("Request a new link", reset, StringComparison.Ordinal);
        Assert.DoesNotContain("Our support will help:", reset, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationIsRecordedWithItsEmailAndThePagesOfferToResend()
    {
        using var admin = await AdminAsync();
        var userId = await CreateUserWithoutPasswordAsync(admin, "ina.invite@example.com", "Ina Invite");
        var page = $"{UsersUrl}/{userId}";
        var before = await admin.ReadTextAsync(page);
        var listBefore = await admin.ReadTextAsync($"{UsersUrl}?search=ina.invite");
        var start = DateTime.UtcNow;

        using var sent = await _site.InviteAsync(admin, userId, page);
        var after = await UsersAdminSite.FollowAsync(admin, sent);
        var invited = (await _site.FindUserAsync("ina.invite@example.com"))?.InvitationSentUtc;
        var listAfter = await admin.ReadTextAsync($"{UsersUrl}?search=ina.invite");

        Assert.Contains("Not invited yet", before, StringComparison.Ordinal);
        Assert.Contains("Send invitation", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Resend invitation", before, StringComparison.Ordinal);
        Assert.Contains(">No password yet<", listBefore, StringComparison.Ordinal);
        Assert.NotNull(invited);
        Assert.InRange(invited.Value, start.AddSeconds(-1), DateTime.UtcNow);
        Assert.Single(await _site.MailsToAsync("ina.invite@example.com"));
        Assert.Contains("An invitation was sent to ina.invite@example.com.", after, StringComparison.Ordinal);
        Assert.Contains($"Invited on {InvitationRequests.AsShown(invited.Value, "en")}", after, StringComparison.Ordinal);
        Assert.Contains("Resend invitation", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Send invitation", after, StringComparison.Ordinal);
        Assert.Contains(">Invited<", listAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("No password yet", listAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendingQueuesANewEmailAndMovesTheDate()
    {
        using var admin = await AdminAsync();
        var userId = await CreateUserWithoutPasswordAsync(admin, "rene.resend@example.com", "René Resend");
        var page = $"{UsersUrl}/{userId}";
        using var first = await _site.InviteAsync(admin, userId, page);
        var firstDate = (await _site.FindUserAsync("rene.resend@example.com"))?.InvitationSentUtc;

        using var second = await _site.InviteAsync(admin, userId, page);
        var secondDate = (await _site.FindUserAsync("rene.resend@example.com"))?.InvitationSentUtc;

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.NotNull(firstDate);
        Assert.NotNull(secondDate);
        Assert.True(secondDate > firstDate, $"The second invitation ({secondDate:O}) should be later than the first ({firstDate:O}).");
        Assert.Equal(2, (await _site.MailsToAsync("rene.resend@example.com")).Count);
    }

    [Fact]
    public async Task AcceptedInvitationKeepsItsDateAndThePageSaysThePasswordIsSet()
    {
        using var admin = await AdminAsync();
        var userId = await CreateUserWithoutPasswordAsync(admin, "anja.accept@example.com", "Anja Accept");
        var page = $"{UsersUrl}/{userId}";
        using var sent = await _site.InviteAsync(admin, userId, page);
        var invited = (await _site.FindUserAsync("anja.accept@example.com"))?.InvitationSentUtc;
        var link = await _site.LatestInvitationLinkAsync("anja.accept@example.com");

        using var accepted = await _site.AcceptInvitationAsync(link, NewPassword);
        var user = await _site.FindUserAsync("anja.accept@example.com");
        var after = await admin.ReadTextAsync(page);
        var list = await admin.ReadTextAsync($"{UsersUrl}?search=anja.accept");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location?.OriginalString);
        Assert.NotNull(user?.PasswordHash);
        Assert.NotNull(invited);
        Assert.Equal(invited, user.InvitationSentUtc);
        Assert.Contains("The user has set a password.", after, StringComparison.Ordinal);
        Assert.Contains($"Invited on {InvitationRequests.AsShown(invited.Value, "en")}", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"user-invitation\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Resend invitation", after, StringComparison.Ordinal);
        Assert.Contains(">Active<", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">Invited<", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GermanPagesShowTheDateInGermanFormatInTheSiteTimeZone()
    {
        await _site.CreateUserAsync("verwalterin@example.com", BuiltInRoles.Administrator);
        using var admin = await _site.CreateSignedInClientAsync("verwalterin@example.com");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var userId = await CreateUserWithoutPasswordAsync(admin, "gerda.gast@example.com", "Gerda Gast");
        var page = $"{UsersUrl}/{userId}";
        var before = await admin.ReadTextAsync(page);

        using var sent = await _site.InviteAsync(admin, userId, page);
        var after = await UsersAdminSite.FollowAsync(admin, sent);
        var invited = (await _site.FindUserAsync("gerda.gast@example.com"))?.InvitationSentUtc;
        var list = await admin.ReadTextAsync($"{UsersUrl}?search=gerda.gast");

        Assert.Contains("Noch nicht eingeladen", before, StringComparison.Ordinal);
        Assert.Contains("Einladung senden", before, StringComparison.Ordinal);
        Assert.NotNull(invited);
        Assert.Matches(@"Eingeladen am \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", after);
        Assert.Contains($"Eingeladen am {InvitationRequests.AsShown(invited.Value, "de")}", after, StringComparison.Ordinal);
        Assert.Contains("Einladung erneut senden", after, StringComparison.Ordinal);
        Assert.Contains(">Eingeladen<", list, StringComparison.Ordinal);
    }

    private Task<HttpClient> AdminAsync() => _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);

    private async Task<string> CreateUserWithoutPasswordAsync(HttpClient admin, string email, string name)
    {
        using var created = await _site.FormAsync(admin, $"{UsersUrl}/create",
            [new("DisplayName", name), new("Email", email), new("Culture", "de"), new("Roles", BuiltInRoles.Customer)]);
        var location = created.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith($"{UsersUrl}/", location, StringComparison.Ordinal);

        return location[(UsersUrl.Length + 1)..];
    }
}
