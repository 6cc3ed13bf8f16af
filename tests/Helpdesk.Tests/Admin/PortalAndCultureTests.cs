using System.Net;
using System.Net.Http.Headers;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Admin;

public sealed class PortalAndCultureTests : IClassFixture<AdminTestSite>, IAsyncLifetime
{
    private readonly AdminTestSite _site;

    public PortalAndCultureTests(AdminTestSite site)
    {
        _site = site;
    }

    public async Task InitializeAsync() =>
        await _site.SaveSettingsAsync(settings =>
        {
            settings.SiteName = "NetStream Helpdesk-Online";
            settings.SupportPhone = "089-2196677-20";
            settings.SupportEmail = "support@netstream.example";
        });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task VisitorIsWelcomedInGermanWithSignInAndTheSupportPhone()
    {
        using var client = _site.CreateVisitor();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));

        var html = await client.GetPageAsync("/");

        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("Willkommen bei NetStream Helpdesk-Online", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/login?returnUrl=%2F\"", html, StringComparison.Ordinal);
        Assert.Contains("Noch kein Kennwort? Rufen Sie uns an:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:08921966772", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffAreGreetedWithALinkToTheAdminAndCustomersAreNot()
    {
        using var agent = await _site.SignInAsAsync("alex.agent@example.com", BuiltInRoles.Agent);
        using var customerClient = await _site.SignInAsAsync("chris.customer@example.com", BuiltInRoles.Customer);

        var staff = await agent.GetPageAsync("/");
        var customer = await customerClient.GetPageAsync("/");

        Assert.Contains("You are signed in as alex.agent@example.com.", staff, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin\"", staff, StringComparison.Ordinal);
        Assert.Contains("action=\"/logout\"", staff, StringComparison.Ordinal);
        Assert.Contains("You are signed in as chris.customer@example.com.", customer, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin\"", customer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPeopleAreGreetedByTheirName()
    {
        var user = await _site.CreateUserAsync("greta.gruen@example.com", BuiltInRoles.Customer);
        await RenameAsync(user.Id, "Greta Grün");
        using var customer = await _site.SignInAsAsync("greta.gruen@example.com", BuiltInRoles.Customer);

        var home = WebUtility.HtmlDecode(await customer.GetPageAsync("/"));

        Assert.Contains("Hello Greta Grün, you are signed in as greta.gruen@example.com.", home, StringComparison.Ordinal);
        Assert.Contains("title=\"Signed in as greta.gruen@example.com\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPageIsShownInThePortalLayout()
    {
        using var client = _site.CreateVisitor();

        var html = await client.GetPageAsync("/no-such-page", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("portal-brand-name", html, StringComparison.Ordinal);
        Assert.Contains("NetStream Helpdesk-Online", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoLogoIsServedBeforeOneIsUploaded()
    {
        using var client = _site.CreateVisitor();

        using var response = await client.GetAsync(new Uri("/site/logo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LanguageChoiceIsRememberedForAYearAndLeadsBack()
    {
        using var client = _site.CreateVisitor();
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync("/"));

        var response = await client.PostFormAsync("/culture", token, [new("culture", "de"), new("returnUrl", "/?from=header")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?from=header", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Dde%7Cuic%3Dde", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=" + DateTime.UtcNow.AddYears(1).ToString("ddd, dd MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Willkommen bei", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitchNeverRedirectsToAnotherSite()
    {
        using var client = _site.CreateVisitor();
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync("/"));

        var response = await client.PostFormAsync("/culture", token, [new("culture", "en"), new("returnUrl", "https://evil.example/")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitchWithoutAntiforgeryTokenIsRejected()
    {
        using var client = _site.CreateVisitor();

        var response = await client.PostAsync(
            new Uri("/culture", UriKind.Relative),
            new FormUrlEncodedContent([new("culture", "de"), new("returnUrl", "/")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task RenameAsync(string userId, string displayName)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(userId);
        user!.DisplayName = displayName;
        await users.UpdateAsync(user);
    }
}
