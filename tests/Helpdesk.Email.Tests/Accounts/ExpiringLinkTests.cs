using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Services;

namespace Helpdesk.Email.Tests.Accounts;

/// <summary>Links die when their configured lifetime (here two seconds) is over.</summary>
public sealed class ExpiringLinkTests : IClassFixture<ShortLivedLinksSite>
{
    private readonly ShortLivedLinksSite _site;

    public ExpiringLinkTests(ShortLivedLinksSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task InvitationLinkExpiresAfterItsLifetime()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync("late.invite@kunde.example");
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        using var sent = await AccountForms.InviteAsync(admin, customer.Id);
        var link = AccountsSite.LinkIn(await _site.WaitForMailAsync(customer.Email!), AccountLinks.InvitationPath);

        await Task.Delay(ShortLivedLinksSite.Lifetime + TimeSpan.FromSeconds(1));
        using var visitor = _site.CreateClient(followRedirects: false);
        using var expired = await visitor.GetAsync(link);

        var page = await AccountsSite.TextOfAsync(expired);
        Assert.Contains("This invitation link no longer works", page, StringComparison.Ordinal);
        Assert.Contains(AccountsSite.SupportPhone, page, StringComparison.Ordinal);
        Assert.False(await HasPasswordAsync(customer.Email!));
    }

    [Fact]
    public async Task ResetLinkExpiresAfterItsLifetime()
    {
        await _site.CreateUserAsync("late.reset@kunde.example");
        using var visitor = _site.CreateClient(followRedirects: false);
        using var asked = await AccountForms.ForgotPasswordAsync(visitor, "late.reset@kunde.example");
        var link = AccountsSite.LinkIn(await _site.WaitForMailAsync("late.reset@kunde.example"), AccountLinks.PasswordResetPath);

        await Task.Delay(ShortLivedLinksSite.Lifetime + TimeSpan.FromSeconds(1));
        using var expired = await visitor.GetAsync(link);

        var page = await AccountsSite.TextOfAsync(expired);
        Assert.Contains("This link no longer works", page, StringComparison.Ordinal);
        Assert.Contains("Request a new link", page, StringComparison.Ordinal);
        using var oldPasswordStillWorks = await _site.CreateSignedInClientAsync("late.reset@kunde.example");
    }

    private async Task<bool> HasPasswordAsync(string email) =>
        (await _site.FindUserAsync(email))!.PasswordHash is not null;
}
