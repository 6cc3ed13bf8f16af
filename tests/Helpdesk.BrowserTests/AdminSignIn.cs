using Helpdesk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Helpdesk.BrowserTests;

/// <summary>What an administrator does first in most journeys: sign in, perhaps pick a language.</summary>
public static class AdminSignIn
{
    /// <summary>Signs the test site's administrator in on the login page.</summary>
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(SiteForms.LoginUrl);
        await page.FillAsync("[name=\"Email\"]", TestSite.AdminEmail);
        await page.FillAsync("[name=\"Password\"]", TestSite.AdminPassword);

        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SiteForms.LoginUrl, StringComparison.Ordinal));
    }

    /// <summary>Picks German in the admin header's language menu, as a person would.</summary>
    public static async Task ChooseGermanAsync(IPage page)
    {
        await page.Locator("button.dropdown-toggle:has(.bi-globe2)").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deutsch", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }
}
