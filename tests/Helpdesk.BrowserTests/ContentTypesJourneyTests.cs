using Helpdesk.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Helpdesk.BrowserTests;

/// <summary>An administrator shapes a request type on the Content Types pages, in a real browser.</summary>
public sealed class ContentTypesJourneyTests : IClassFixture<ContentTypesBrowserSite>, IClassFixture<ChromiumFixture>
{
    private readonly ContentTypesBrowserSite _site;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public ContentTypesJourneyTests(ContentTypesBrowserSite site, ChromiumFixture chromium, ITestOutputHelper output)
    {
        _site = site;
        _chromium = chromium;
        _output = output;
    }

    [Fact]
    public async Task AdministratorAddsARequiredFieldAndThePreviewChecksIt()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();

        await FailureScreenshots.RunAsync(page, nameof(AdministratorAddsARequiredFieldAndThePreviewChecksIt), _output, async () =>
        {
            await SignInAsync(page);
            await page.GotoAsync("/admin/content-types");
            await page.GetByRole(AriaRole.Link, new() { Name = ContentTypesBrowserSite.TypeDisplayName, Exact = true }).ClickAsync();

            await AddRequiredTextFieldAsync(page, "Serial number");
            await Expect(page.Locator("[data-field=\"ReportProblem.SerialNumber\"]")).ToBeVisibleAsync();

            await page.ClickAsync("#preview-link");
            await page.ClickAsync("#preview-submit");
            var serial = page.Locator("fieldset[data-field=\"ReportProblem.SerialNumber\"]");
            await Expect(serial.Locator(".invalid-feedback")).ToHaveTextAsync("Serial number is required.");
            await Expect(page.Locator("#preview-valid")).ToHaveCountAsync(0);

            await page.FillAsync("[name=\"ReportProblem.Keyword.Text\"]", "Printer jams");
            await page.FillAsync("[name=\"ReportProblem.SerialNumber.Text\"]", "AB-1234");
            await page.ClickAsync("#preview-submit");
            await Expect(page.Locator("#preview-valid")).ToHaveTextAsync("The form is valid. Nothing was saved.");
            await Expect(serial.Locator(".invalid-feedback")).ToHaveCountAsync(0);
            await Expect(page.Locator("[name=\"ReportProblem.SerialNumber.Text\"]")).ToHaveValueAsync("AB-1234");
        });
    }

    private static async Task AddRequiredTextFieldAsync(IPage page, string displayName)
    {
        await page.ClickAsync("#add-field");
        await page.FillAsync("[name=\"DisplayName\"]", displayName);
        await Expect(page.Locator("[name=\"TechnicalName\"]")).ToHaveValueAsync("SerialNumber");
        await page.SelectOptionAsync("[name=\"FieldType\"]", "TextField");
        await page.ClickAsync("#add-field-submit");

        await page.CheckAsync("[name=\"Required\"][type=\"checkbox\"]");
        await page.ClickAsync("#field-submit");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/content-types/" + ContentTypesBrowserSite.TypeName);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(SiteForms.LoginUrl);
        await page.FillAsync("[name=\"Email\"]", TestSite.AdminEmail);
        await page.FillAsync("[name=\"Password\"]", TestSite.AdminPassword);

        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SiteForms.LoginUrl, StringComparison.Ordinal));
    }
}
