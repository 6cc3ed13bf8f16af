using System.Net;
using Helpdesk.Data;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Helpdesk.Email.Tests.Accounts;

public sealed class PasswordRecoveryTests : IClassFixture<AccountsSite>
{
    private const string NewPassword = "Herbstlaub-2027";

    private readonly AccountsSite _site;

    public PasswordRecoveryTests(AccountsSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task LoginPageLinksToForgotPassword()
    {
        using var visitor = _site.CreateClient(followRedirects: false);

        var login = await visitor.GetStringAsync(SiteForms.LoginUrl);

        Assert.Contains("href=\"/account/forgot-password\"", login, StringComparison.Ordinal);
        Assert.Contains("Forgot your password?", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLinkSetsANewPasswordOnceAndTheOldPasswordStopsWorking()
    {
        const string email = "reset.me@kunde.example";
        await _site.CreateUserAsync(email);
        using var visitor = _site.CreateClient(followRedirects: false);

        using var asked = await AccountForms.ForgotPasswordAsync(visitor, email);
        var mail = await _site.WaitForMailAsync(email);
        var link = AccountsSite.LinkIn(mail, AccountLinks.PasswordResetPath);
        using var reset = await AccountForms.SetPasswordAsync(visitor, link, NewPassword);
        using var again = await visitor.GetAsync(link);

        Assert.Contains("Check your e-mail", await AccountsSite.TextOfAsync(asked), StringComparison.Ordinal);
        Assert.Equal("Reset your password for Test Helpdesk", mail.Subject);
        Assert.Contains("works only once", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Your password has been changed", await AccountsSite.TextOfAsync(reset), StringComparison.Ordinal);
        Assert.Contains("This link no longer works", await AccountsSite.TextOfAsync(again), StringComparison.Ordinal);
        using var withNew = await _site.CreateSignedInClientAsync(email, NewPassword);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _site.CreateSignedInClientAsync(email, TestSite.UserPassword));
    }

    [Fact]
    public async Task RequestLeftInTheDatabaseByARestartIsAnsweredAndRemoved()
    {
        const string email = "after.restart@kunde.example";
        await _site.CreateUserAsync(email);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
            db.Add(new PasswordRecoveryRequest { Email = email, RequestOrigin = "http://localhost", RequestedUtc = DateTime.UtcNow.AddMinutes(-3) });
            await db.SaveChangesAsync();
        }

        await _site.Services.GetServices<IHostedService>().OfType<PasswordRecoveryWorker>().Single().AnswerWaitingAsync(CancellationToken.None);
        var mail = await _site.WaitForMailAsync(email);

        Assert.Contains(AccountLinks.PasswordResetPath, mail.TextBody, StringComparison.Ordinal);
        await using var check = _site.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<HelpdeskDbContext>().Set<PasswordRecoveryRequest>().AnyAsync(r => r.Email == email));
    }

    [Fact]
    public async Task UnknownAddressGetsTheSameAnswerAndNothingIsSent()
    {
        const string known = "known.person@kunde.example";
        const string unknown = "nobody.here@kunde.example";
        await _site.CreateUserAsync(known);
        using var visitor = _site.CreateClient(followRedirects: false);

        using var forKnown = await AccountForms.ForgotPasswordAsync(visitor, known);
        using var forUnknown = await AccountForms.ForgotPasswordAsync(visitor, unknown);
        var logLine = await _site.WaitForLogAsync(3112);
        await _site.WaitForMailAsync(known);

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(
            (await AccountsSite.TextOfAsync(forKnown)).Replace(known, "ADDRESS", StringComparison.Ordinal),
            (await AccountsSite.TextOfAsync(forUnknown)).Replace(unknown, "ADDRESS", StringComparison.Ordinal));
        Assert.Contains("Information", logLine, StringComparison.Ordinal);
        Assert.DoesNotContain(unknown, logLine, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await _site.OutboxToAsync(unknown));
        Assert.Empty(_site.MailsTo(unknown));
    }

    [Fact]
    public async Task AddressWithoutPasswordIsToldToCallSupportAndSupportIsToldToo()
    {
        var invited = await _site.CreateUserWithoutPasswordAsync("no.password@kunde.example");
        using var visitor = _site.CreateClient(followRedirects: false);

        using var asked = await AccountForms.ForgotPasswordAsync(visitor, invited.Email!);
        var toUser = await _site.WaitForMailAsync(invited.Email!);
        var toSupport = await _site.WaitForMailAsync(AccountsSite.SupportEmail, "Password requested for an account without a password: no.password@kunde.example");
        var logLine = await _site.WaitForLogAsync(3113);

        Assert.Contains("Check your e-mail", await AccountsSite.TextOfAsync(asked), StringComparison.Ordinal);
        Assert.Equal("Your access to Test Helpdesk has not been set up yet", toUser.Subject);
        Assert.Contains("no password has been set for your account no.password@kunde.example", toUser.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Please contact our support at {AccountsSite.SupportPhone}", toUser.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountLinks.PasswordResetPath, toUser.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anna Muster (no.password@kunde.example) asked for a new password", toSupport.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/admin/users/{invited.Id}", toSupport.TextBody, StringComparison.Ordinal);
        Assert.Contains(invited.Id, logLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidAddressIsRefusedBesideTheFieldAndKeptAsTyped()
    {
        using var visitor = _site.CreateClient(followRedirects: false);

        using var response = await AccountForms.ForgotPasswordAsync(visitor, "anna.muster(at)kunde");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a valid e-mail address, e.g. anna@example.com.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"anna.muster(at)kunde\"", html, StringComparison.Ordinal);
    }
}
