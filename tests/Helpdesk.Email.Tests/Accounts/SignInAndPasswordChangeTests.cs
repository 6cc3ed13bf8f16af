using System.Net;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Email.Tests.Accounts;

public sealed class SignInAndPasswordChangeTests : IClassFixture<AccountsSite>
{
    private const string WrongPassword = "Falsch-geraten-1";

    private readonly AccountsSite _site;

    public SignInAndPasswordChangeTests(AccountsSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountWithALocalisedMessage()
    {
        const string email = "locked.out@kunde.example";
        await _site.CreateUserAsync(email);
        using var visitor = _site.CreateClient(followRedirects: false);

        var answers = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await AccountForms.SignInAsync(visitor, email, WrongPassword);
            answers.Add(await AccountsSite.TextOfAsync(failed));
        }

        using var rightPassword = await AccountForms.SignInAsync(visitor, email, TestSite.UserPassword);

        Assert.All(answers[..4], page => Assert.Contains("The e-mail address or the password is not correct.", page, StringComparison.Ordinal));
        Assert.Contains("Your account is locked after too many failed attempts. Please try again in 15 minutes.", answers[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("Your account is locked", await AccountsSite.TextOfAsync(rightPassword), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockoutMessageIsGermanForAGermanBrowser()
    {
        const string email = "gesperrt@kunde.example";
        await _site.CreateUserAsync(email);
        using var visitor = _site.CreateClient(followRedirects: false);
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await AccountForms.SignInAsync(visitor, email, WrongPassword);
        }

        using var locked = await AccountForms.SignInAsync(visitor, email, WrongPassword);

        Assert.Contains(
            "Ihr Konto ist nach zu vielen fehlgeschlagenen Versuchen gesperrt. Bitte versuchen Sie es in 15 Minuten erneut.",
            await AccountsSite.TextOfAsync(locked),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOne()
    {
        const string email = "changes.password@kunde.example";
        await _site.CreateUserAsync(email);
        using var client = await _site.CreateSignedInClientAsync(email);

        using var wrongCurrent = await ChangeAsync(client, WrongPassword, "Neues-Kennwort-2027");
        using var changed = await ChangeAsync(client, TestSite.UserPassword, "Neues-Kennwort-2027");
        using var afterwards = await client.GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.OK, wrongCurrent.StatusCode);
        Assert.Contains("The password is not correct.", await AccountsSite.TextOfAsync(wrongCurrent), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Contains("Your password has been changed.", await AccountsSite.TextOfAsync(afterwards), StringComparison.Ordinal);
        using var withNew = await _site.CreateSignedInClientAsync(email, "Neues-Kennwort-2027");
        await Assert.ThrowsAsync<InvalidOperationException>(() => _site.CreateSignedInClientAsync(email, TestSite.UserPassword));
    }

    [Fact]
    public async Task ChangePasswordIsLinkedFromBothThemesAndNeedsASignedInUser()
    {
        using var visitor = _site.CreateClient(followRedirects: false);
        using var admin = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);

        using var anonymous = await visitor.GetAsync("/account/password");
        var adminPage = await admin.GetStringAsync("/admin");
        var portalPage = await admin.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Contains("id=\"change-password-link\"", adminPage, StringComparison.Ordinal);
        Assert.Contains("id=\"change-password-link\"", portalPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPasswordWithTheEmailLocalPartIsRefused()
    {
        const string email = "maximilian@kunde.example";
        await _site.CreateUserAsync(email);
        using var client = await _site.CreateSignedInClientAsync(email);

        using var refused = await ChangeAsync(client, TestSite.UserPassword, "Maximilian-2027");

        Assert.Contains("The password must not contain your e-mail address.", await AccountsSite.TextOfAsync(refused), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next) =>
        SiteForms.FormAsync(
            client,
            "/account/password",
            [new("CurrentPassword", current), new("NewPassword", next), new("ConfirmPassword", next)]);
}
