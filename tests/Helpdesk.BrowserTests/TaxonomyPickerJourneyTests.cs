using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Helpdesk.BrowserTests;

/// <summary>
/// The product picker of the seeded request type "Report a problem" (a taxonomy field), used in
/// German in the content type preview, in a real browser.
/// </summary>
public sealed class TaxonomyPickerJourneyTests : IClassFixture<SeededBrowserSite>, IClassFixture<ChromiumFixture>
{
    private const string PreviewUrl = "/admin/content-types/ReportProblem/preview";
    private const string BwLaser = "hardware-peripherals-printers-bw-laser";
    private const string BwLaserPath = "Hardware › Peripherie › Drucker › S/W-Laser";

    private readonly SeededBrowserSite _site;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public TaxonomyPickerJourneyTests(SeededBrowserSite site, ChromiumFixture chromium, ITestOutputHelper output)
    {
        _site = site;
        _chromium = chromium;
        _output = output;
    }

    [Fact]
    public async Task EachChosenLevelOpensTheNextDownToTheLaserPrinter()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();

        await FailureScreenshots.RunAsync(page, nameof(EachChosenLevelOpensTheNextDownToTheLaserPrinter), _output, async () =>
        {
            await OpenPreviewInGermanAsync(page);
            var picker = Picker(page);
            await Expect(Level(picker, 1)).ToHaveCountAsync(0);

            await ChooseAsync(picker, 0, "Hardware");
            await Expect(Level(picker, 1).Locator("option")).ToContainTextAsync(["– Bitte wählen –", "Notebooks", "Desktop-PCs", "Monitore", "Peripherie"]);
            await ChooseAsync(picker, 1, "Peripherie");
            await ChooseAsync(picker, 2, "Drucker");
            await ChooseAsync(picker, 3, "S/W-Laser");

            await Expect(Chosen(picker)).ToHaveValueAsync(BwLaser);
            await Expect(picker.Locator(".taxonomy-picker-selected")).ToHaveTextAsync(BwLaserPath);
            await Expect(Level(picker, 4)).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task TypingLaserFindsTheLaserPrinterAndThePreviewAcceptsIt()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();

        await FailureScreenshots.RunAsync(page, nameof(TypingLaserFindsTheLaserPrinterAndThePreviewAcceptsIt), _output, async () =>
        {
            await OpenPreviewInGermanAsync(page);
            var picker = Picker(page);

            await picker.Locator(".taxonomy-picker-search").PressSequentiallyAsync("laser");
            var result = picker.Locator(".taxonomy-picker-results button", new() { HasTextString = "S/W-Laser" });
            await Expect(result).ToHaveTextAsync(BwLaserPath);
            await result.ClickAsync();
            await Expect(Chosen(picker)).ToHaveValueAsync(BwLaser);
            await Expect(Level(picker, 3)).ToHaveValueAsync(BwLaser);
            await Expect(picker.Locator(".taxonomy-picker-results")).ToBeHiddenAsync();

            await page.FillAsync("[name=\"Request.Keyword.Text\"]", "Drucker druckt Streifen");
            await page.FillAsync("[name=\"ReportProblem.Request.Text\"]", "Seit gestern hat jede Seite graue Streifen.");
            await page.ClickAsync("#preview-submit");

            await Expect(page.Locator("#preview-valid")).ToHaveTextAsync("Das Formular ist gültig. Es wurde nichts gespeichert.");
            await Expect(Chosen(Picker(page))).ToHaveValueAsync(BwLaser);
            await Expect(Level(Picker(page), 3)).ToHaveValueAsync(BwLaser);
        });
    }

    [Fact]
    public async Task GoingBackOneLevelKeepsTheTermAboveChosen()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();

        await FailureScreenshots.RunAsync(page, nameof(GoingBackOneLevelKeepsTheTermAboveChosen), _output, async () =>
        {
            await OpenPreviewInGermanAsync(page);
            var picker = Picker(page);
            await ChooseAsync(picker, 0, "Hardware");
            await ChooseAsync(picker, 1, "Peripherie");
            await ChooseAsync(picker, 2, "Drucker");

            await Level(picker, 2).SelectOptionAsync("");

            await Expect(Chosen(picker)).ToHaveValueAsync("hardware-peripherals");
            await Expect(picker.Locator(".taxonomy-picker-selected")).ToHaveTextAsync("Hardware › Peripherie");
            await Expect(Level(picker, 3)).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task ALateAnswerForAnEarlierChoiceOpensNoLevel()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();

        await FailureScreenshots.RunAsync(page, nameof(ALateAnswerForAnEarlierChoiceOpensNoLevel), _output, async () =>
        {
            await OpenPreviewInGermanAsync(page);
            var picker = Picker(page);
            await page.RouteAsync(url => url.EndsWith("/terms?parentId=hardware", StringComparison.Ordinal), async route =>
            {
                await Task.Delay(700);
                await route.ContinueAsync();
            });
            var lateAnswer = page.WaitForResponseAsync(r => r.Url.EndsWith("/terms?parentId=hardware", StringComparison.Ordinal));

            await Level(picker, 0).SelectOptionAsync(new SelectOptionValue { Label = "Hardware" });
            await Level(picker, 0).SelectOptionAsync(new SelectOptionValue { Label = "Software" });
            await Expect(Level(picker, 1).Locator("option", new() { HasTextString = "Office" })).ToHaveCountAsync(1);
            await (await lateAnswer).FinishedAsync();

            // The picker reads the answer a few tasks after it arrives; give it that time.
            await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 200))");
            await Expect(Level(picker, 1)).ToHaveCountAsync(1);
            await Expect(Level(picker, 1).Locator("option", new() { HasTextString = "Peripherie" })).ToHaveCountAsync(0);
            await Expect(Chosen(picker)).ToHaveValueAsync("software");
        });
    }

    private static async Task OpenPreviewInGermanAsync(IPage page)
    {
        await AdminSignIn.SignInAsync(page);
        await page.GotoAsync(PreviewUrl);
        await AdminSignIn.ChooseGermanAsync(page);

        await Expect(page.Locator("fieldset[data-field=\"RequestProduct.Product\"] .form-label")).ToHaveTextAsync("Produkt");
    }

    private static ILocator Picker(IPage page) =>
        page.Locator("fieldset[data-field=\"RequestProduct.Product\"] .taxonomy-picker");

    private static ILocator Level(ILocator picker, int depth) =>
        picker.Locator($".taxonomy-picker-levels select[data-depth=\"{depth}\"]");

    private static ILocator Chosen(ILocator picker) =>
        picker.Locator(".taxonomy-picker-selected input[type=hidden]");

    private static async Task ChooseAsync(ILocator picker, int depth, string text)
    {
        var level = Level(picker, depth);
        await Expect(level.Locator("option", new() { HasTextString = text })).ToHaveCountAsync(1);

        await level.SelectOptionAsync(new SelectOptionValue { Label = text });
    }
}
