using System.Text.RegularExpressions;
using Helpdesk.Email.Tests.Accounts;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Services;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Helpdesk.BrowserTests;

/// <summary>An administrator invites a customer; the customer follows the e-mailed link, in a real browser.</summary>
public sealed class InvitationJourneyTests : IClassFixture<InvitationBrowserSite>, IClassFixture<ChromiumFixture>
{
    private const string CustomerEmail = "anna.muster@kunde.example";
    private const string CustomerPassword = "Sommerwiese-2027";

    private readonly InvitationBrowserSite _site;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public InvitationJourneyTests(InvitationBrowserSite site, ChromiumFixture chromium, ITestOutputHelper output)
    {
        _site = site;
        _chromium = chromium;
        _output = output;
    }

    [Fact]
    public async Task AdministratorInvitesCustomerWhoSetsAPasswordAndLandsOnThePortalSignedIn()
    {
        var customer = await _site.CreateUserWithoutPasswordAsync(CustomerEmail);
        await using var adminContext = await _chromium.NewContextAsync(_site.Address);
        var admin = await adminContext.NewPageAsync();
        await RunAsync(admin, async () =>
        {
            await SignInAsync(admin, TestSite.AdminEmail, TestSite.AdminPassword);
            await SendInvitationAsync(admin, customer.Id);
            await Expect(admin.GetByText($"An invitation was sent to {CustomerEmail}.")).ToBeVisibleAsync();
        });

        var link = AccountsSite.LinkIn(await _site.WaitForMailAsync(CustomerEmail), AccountLinks.InvitationPath);

        await using var customerContext = await _chromium.NewContextAsync(_site.Address);
        var page = await customerContext.NewPageAsync();
        await RunAsync(page, async () =>
        {
            await page.GotoAsync(link);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Set your password");
            await page.FillAsync("[name=\"NewPassword\"]", CustomerPassword);
            await page.FillAsync("[name=\"ConfirmPassword\"]", CustomerPassword);
            await page.ClickAsync("#password-submit");

            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
            await Expect(page.GetByText("Your password is set and you are signed in. Welcome!")).ToBeVisibleAsync();
            await Expect(page.Locator(".portal-user")).ToContainTextAsync("Anna Muster");
            await Expect(page.Locator(".portal-user")).ToHaveAttributeAsync("title", $"Signed in as {CustomerEmail}");
        });
    }

    // When a step fails, the screenshot and what the site logged as errors go to the test's output.
    private async Task RunAsync(IPage page, Func<Task> steps)
    {
        try
        {
            await FailureScreenshots.RunAsync(page, nameof(InvitationJourneyTests), _output, steps);
        }
        catch (Exception)
        {
            foreach (var line in _site.Logs.Lines.Where(l => l.Contains(" Error ", StringComparison.Ordinal)))
            {
                _output.WriteLine(line);
            }

            throw;
        }
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(SiteForms.LoginUrl);
        await page.FillAsync("[name=\"Email\"]", email);
        await page.FillAsync("[name=\"Password\"]", password);

        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SiteForms.LoginUrl, StringComparison.Ordinal));
    }

    // The users admin page with its "Send invitation" button is another module's work; this is the
    // same form it posts, built on an admin page with that page's antiforgery token.
    private static async Task SendInvitationAsync(IPage page, string userId)
    {
        await page.GotoAsync("/admin");
        await page.EvaluateAsync(
            """
            userId => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/admin/users/' + encodeURIComponent(userId) + '/invitation';
                const token = document.querySelector('input[name="__RequestVerificationToken"]').cloneNode();
                const returnUrl = Object.assign(document.createElement('input'), { type: 'hidden', name: 'returnUrl', value: '/admin' });
                const button = Object.assign(document.createElement('button'), { type: 'submit', id: 'invite-submit', textContent: 'Invite' });
                form.append(token, returnUrl, button);
                document.body.append(form);
            }
            """,
            userId);

        await page.ClickAsync("#invite-submit");
        await page.WaitForURLAsync(new Regex("/admin$"));
    }
}
