using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Services;

namespace Helpdesk.Email.Tests.Accounts;

public sealed class InvitationTests : IClassFixture<AccountsSite>
{
    private const string NewPassword = "Sommerwiese-2027";

    private readonly AccountsSite _site;

    public InvitationTests(AccountsSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task InvitedCustomerGetsTheMailBySmtpSetsAPasswordAndLandsSignedInOnThePortal()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("anna.muster@kunde.example");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);

        using var sent = await AccountForms.InviteAsync(admin, customer.Id, returnUrl: "/admin");
        var mail = await _site.WaitForMailAsync(customer.Email!);
        using var visitor = _site.CreateClient(followRedirects: false);
        var link = AccountsSite.LinkIn(mail, AccountLinks.InvitationPath);
        using var accepted = await AccountForms.SetPasswordAsync(visitor, link, NewPassword);
        using var portal = await visitor.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/admin", sent.Headers.Location?.OriginalString);
        Assert.Equal("Your access to Test Helpdesk", mail.Subject);
        Assert.Contains("Set your password", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Set your password", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(AccountsSite.SupportPhone, mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location?.OriginalString);
        var home = await AccountsSite.TextOfAsync(portal);
        Assert.Contains(customer.Email!, home, StringComparison.Ordinal);
        Assert.Contains("Your password is set and you are signed in.", home, StringComparison.Ordinal);
        Assert.True((await _site.FindUserAsync(customer.Email!))!.EmailConfirmed);
        using var later = await _site.CreateSignedInClientAsync(customer.Email!, NewPassword);
    }

    [Fact]
    public async Task OutboxShowsAnInvitationsRecipientButNotItsLink()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("clara.secret@kunde.example");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        using var sent = await AccountForms.InviteAsync(admin, customer.Id);
        await _site.WaitForMailAsync(customer.Email!);
        var message = Assert.Single(await _site.OutboxToAsync(customer.Email!));

        var page = await admin.GetStringAsync($"/admin/email/outbox/{message.Id}");

        Assert.True(message.IsConfidential);
        Assert.Contains("clara.secret@kunde.example", page, StringComparison.Ordinal);
        Assert.Contains("so its text is not shown here.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountLinks.InvitationPath, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationLinkWorksOnlyOnce()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("bernd.once@kunde.example");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        using var sent = await AccountForms.InviteAsync(admin, customer.Id);
        var link = AccountsSite.LinkIn(await _site.WaitForMailAsync(customer.Email!), AccountLinks.InvitationPath);
        using var visitor = _site.CreateClient(followRedirects: false);
        using var accepted = await AccountForms.SetPasswordAsync(visitor, link, NewPassword);

        using var stranger = _site.CreateClient(followRedirects: false);
        using var again = await stranger.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var page = await AccountsSite.TextOfAsync(again);
        Assert.Contains("This invitation link no longer works", page, StringComparison.Ordinal);
        Assert.Contains("Please ask us for a new invitation", page, StringComparison.Ordinal);
        Assert.Contains(AccountsSite.SupportPhone, page, StringComparison.Ordinal);
        Assert.Contains(AccountsSite.SupportEmail, page, StringComparison.Ordinal);
        Assert.DoesNotContain("NewPassword", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendingAnInvitationKillsTheEarlierLink()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("carla.twice@kunde.example");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        using var first = await AccountForms.InviteAsync(admin, customer.Id);
        var firstLink = AccountsSite.LinkIn(await _site.WaitForMailAsync(customer.Email!), AccountLinks.InvitationPath);

        using var second = await AccountForms.InviteAsync(admin, customer.Id);
        await WaitForMailCountAsync(customer.Email!, 2);
        var secondLink = AccountsSite.LinkIn(_site.MailsTo(customer.Email!)[1], AccountLinks.InvitationPath);
        using var visitor = _site.CreateClient(followRedirects: false);
        using var oldLink = await visitor.GetAsync(firstLink);
        using var accepted = await AccountForms.SetPasswordAsync(visitor, secondLink, NewPassword);

        Assert.NotEqual(firstLink, secondLink);
        Assert.Contains("This invitation link no longer works", await AccountsSite.TextOfAsync(oldLink), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task InvitationIsWrittenInTheUsersLanguage()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("dora.deutsch@kunde.example", culture: "de");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);

        using var sent = await AccountForms.InviteAsync(admin, customer.Id);
        var mail = await _site.WaitForMailAsync(customer.Email!);

        Assert.Equal("Ihr Zugang zu Test Helpdesk", mail.Subject);
        Assert.Contains("Guten Tag Anna Muster,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kennwort festlegen", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("kann nur einmal verwendet werden", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeakOrMismatchedPasswordsAreRefusedBesideTheFieldAndTheLinkStillWorks()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("emil.weak@kunde.example");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        using var sent = await AccountForms.InviteAsync(admin, customer.Id);
        var link = AccountsSite.LinkIn(await _site.WaitForMailAsync(customer.Email!), AccountLinks.InvitationPath);
        using var visitor = _site.CreateClient(followRedirects: false);

        using var common = await AccountForms.SetPasswordAsync(visitor, link, "Passwort123!");
        using var ownAddress = await AccountForms.SetPasswordAsync(visitor, link, "emil.weak-2027");
        using var mismatch = await AccountForms.SetPasswordAsync(visitor, link, NewPassword, "Sommerwiese-2028");
        using var tooShort = await AccountForms.SetPasswordAsync(visitor, link, "kurz1");
        using var accepted = await AccountForms.SetPasswordAsync(visitor, link, NewPassword);

        Assert.Contains("This password is one of the most common ones.", await AccountsSite.TextOfAsync(common), StringComparison.Ordinal);
        Assert.Contains("The password must not contain your e-mail address.", await AccountsSite.TextOfAsync(ownAddress), StringComparison.Ordinal);
        Assert.Contains("The two passwords do not match.", await AccountsSite.TextOfAsync(mismatch), StringComparison.Ordinal);
        Assert.Contains("The password must have at least 8 characters.", await AccountsSite.TextOfAsync(tooShort), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task OnlyStaffWhoManageUsersMaySendInvitations()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("fritz.nobody@kunde.example");
        await _site.CreateUserAsync("agent.invite@muster.example", BuiltInRoles.Agent);
        using var agent = await _site.CreateSignedInClientAsync("agent.invite@muster.example");

        using var refused = await AccountForms.InviteAsync(agent, customer.Id);
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await _site.OutboxToAsync(customer.Email!));
    }

    private async Task WaitForMailCountAsync(string to, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_site.MailsTo(to).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{count} e-mails to {to} did not arrive.");
            await Task.Delay(50);
        }
    }
}
