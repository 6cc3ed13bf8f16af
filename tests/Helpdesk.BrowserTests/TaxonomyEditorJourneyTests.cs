using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Helpdesk.BrowserTests;

/// <summary>An administrator edits the seeded product catalogue in the taxonomy tree editor, in a real browser.</summary>
public sealed class TaxonomyEditorJourneyTests : IClassFixture<SeededBrowserSite>, IClassFixture<ChromiumFixture>
{
    private const string Printers = "hardware-peripherals-printers";
    private const string ColourLaser = "hardware-peripherals-printers-colour-laser";
    private const string Inkjet = "hardware-peripherals-printers-inkjet";

    private readonly SeededBrowserSite _site;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public TaxonomyEditorJourneyTests(SeededBrowserSite site, ChromiumFixture chromium, ITestOutputHelper output)
    {
        _site = site;
        _chromium = chromium;
        _output = output;
    }

    [Fact]
    public async Task AdministratorAddsRenamesMovesAndDeletesATermUnderPrinters()
    {
        await using var context = await _chromium.NewContextAsync(_site.Address);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await FailureScreenshots.RunAsync(page, nameof(AdministratorAddsRenamesMovesAndDeletesATermUnderPrinters), _output, async () =>
        {
            await AdminSignIn.SignInAsync(page);
            await OpenProductsAsync(page);

            var termId = await AddTermBeneathPrintersAsync(page, "Thermal printer", "Thermodrucker");
            var term = page.Locator($"#term-{termId}");
            await Expect(term.Locator(".term-title")).ToHaveTextAsync("Thermal printer");
            await Expect(term).ToHaveAttributeAsync("data-depth", "3");
            await Expect(RowAfter(page, Inkjet)).ToHaveIdAsync($"term-{termId}");

            await RenameAsync(page, term, "Label printer", "Etikettendrucker");
            await Expect(Notice(page)).ToHaveTextAsync("The term Label printer was saved.");
            await Expect(term.Locator(".term-title")).ToHaveTextAsync("Label printer");

            await term.GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
            await Expect(RowAfter(page, ColourLaser)).ToHaveIdAsync($"term-{termId}");
            await Expect(RowAfter(page, termId)).ToHaveIdAsync($"term-{Inkjet}");

            await term.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(Notice(page)).ToHaveTextAsync("The term Label printer was deleted.");
            await Expect(term).ToHaveCountAsync(0);
            await Expect(RowAfter(page, ColourLaser)).ToHaveIdAsync($"term-{Inkjet}");
        });
    }

    private static async Task OpenProductsAsync(IPage page)
    {
        await page.GotoAsync("/admin/taxonomies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Products", Exact = true }).ClickAsync();

        await Expect(page.Locator($"#term-{Printers}")).ToBeVisibleAsync();
    }

    private static async Task<string> AddTermBeneathPrintersAsync(IPage page, string titleEn, string titleDe)
    {
        await page.Locator($"#term-{Printers}").GetByRole(AriaRole.Link, new() { Name = "Add beneath" }).ClickAsync();
        await Expect(page.GetByText("Beneath: Hardware › Peripherals › Printers")).ToBeVisibleAsync();
        await page.FillAsync("#TitleEn", titleEn);
        await page.FillAsync("#TitleDe", titleDe);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add term", Exact = true }).ClickAsync();
        await Expect(Notice(page)).ToHaveTextAsync($"The term {titleEn} was added.");

        var row = page.Locator("li[data-term-id]").Filter(new() { Has = page.Locator(".term-title", new() { HasTextString = titleEn }) });

        return await row.GetAttributeAsync("data-term-id")
            ?? throw new InvalidOperationException($"The new term {titleEn} has no id on the page.");
    }

    private static async Task RenameAsync(IPage page, ILocator term, string titleEn, string titleDe)
    {
        await term.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(page.Locator("#TitleDe")).ToHaveValueAsync("Thermodrucker");
        await page.FillAsync("#TitleEn", titleEn);
        await page.FillAsync("#TitleDe", titleDe);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
    }

    private static ILocator Notice(IPage page) => page.Locator("main .alert-success > div");

    private static ILocator RowAfter(IPage page, string termId) => page.Locator($"#term-{termId} + li");
}
