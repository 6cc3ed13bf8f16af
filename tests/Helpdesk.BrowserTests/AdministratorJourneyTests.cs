using System.Text.RegularExpressions;
using Helpdesk.Data;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Helpdesk.BrowserTests;

/// <summary>The first minutes of an administrator with a new installation, in a real browser.</summary>
public sealed class AdministratorJourneyTests : IClassFixture<BrowserSiteFactory>, IClassFixture<ChromiumFixture>
{
    private static readonly Regex Enabled = new(@"^\s*Enabled\s*$", RegexOptions.IgnoreCase);
    private static readonly Regex Disabled = new(@"^\s*Disabled\s*$", RegexOptions.IgnoreCase);

    private readonly BrowserSiteFactory _site;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public AdministratorJourneyTests(BrowserSiteFactory site, ChromiumFixture chromium, ITestOutputHelper output)
    {
        _site = site;
        _chromium = chromium;
        _output = output;
    }

    [Fact]
    public async Task AdministratorSetsUpSiteSignsInAndTogglesFeature()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await FailureScreenshots.RunAsync(page, nameof(AdministratorSetsUpSiteSignsInAndTogglesFeature), _output, async () =>
        {
            await SetUpSiteAsync(page);
            await SignInAsync(page);
            await page.GotoAsync("/admin/features");
            var feature = page.Locator($"[data-feature-id=\"{SampleFeatures.Notes}\"]");
            var state = feature.Locator(".feature-state");
            await Expect(state).ToHaveTextAsync(Disabled);

            await feature.Locator("[data-action=enable]").ClickAsync();
            await Expect(state).ToHaveTextAsync(Enabled);
            Assert.Equal(200, await StatusOfAsync(page, "/sample-notes"));

            await feature.Locator("[data-action=disable]").ClickAsync();
            await Expect(state).ToHaveTextAsync(Disabled);
            Assert.Equal(404, await StatusOfAsync(page, "/sample-notes"));

            await feature.Locator("[data-action=enable]").ClickAsync();
            await Expect(state).ToHaveTextAsync(Enabled);
            Assert.Equal(200, await StatusOfAsync(page, "/sample-notes"));
        });
    }

    private static async Task SetUpSiteAsync(IPage page)
    {
        await page.GotoAsync("/setup");
        await FillAsync(page, "SiteName", TestSite.SiteName);
        await FillAsync(page, "Language", TestSite.Language);
        await FillAsync(page, "TimeZone", TestSite.TimeZone);
        await FillAsync(page, "DatabaseProvider", nameof(DatabaseProvider.Sqlite));
        await FillAsync(page, "Recipe", TestSite.Recipe);
        await FillAsync(page, "AdminEmail", TestSite.AdminEmail);
        await FillAsync(page, "AdminPassword", TestSite.AdminPassword);
        await FillAsync(page, "PasswordConfirmation", TestSite.AdminPassword);

        await page.ClickAsync("#setup-submit");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/setup", StringComparison.Ordinal));
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(SiteForms.LoginUrl);
        await FillAsync(page, "Email", TestSite.AdminEmail);
        await FillAsync(page, "Password", TestSite.AdminPassword);

        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SiteForms.LoginUrl, StringComparison.Ordinal));
    }

    /// <summary>Types into a text box, picks from a list or checks a radio button, whichever the field is.</summary>
    private static async Task FillAsync(IPage page, string name, string value)
    {
        var field = page.Locator($"[name=\"{name}\"]");
        var kind = await field.First.EvaluateAsync<string>("e => e.tagName.toLowerCase() + ':' + (e.type || '')");
        switch (kind)
        {
            case "select:select-one":
            case "select:select-multiple":
                await field.SelectOptionAsync(value);
                break;
            case "input:radio":
                await page.Locator($"[name=\"{name}\"][value=\"{value}\"]").CheckAsync();
                break;
            default:
                await field.FillAsync(value);
                break;
        }
    }

    private static async Task<int> StatusOfAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);

        return response.Status;
    }
}
