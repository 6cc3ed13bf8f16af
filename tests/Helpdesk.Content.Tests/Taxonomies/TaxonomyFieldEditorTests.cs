using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Taxonomies;

/// <summary>The taxonomy field's editor (Helpdesk.Contents) fed by the Taxonomies module's real terms.</summary>
public sealed class TaxonomyFieldEditorTests : IClassFixture<TaxonomyTestSite>
{
    private readonly TaxonomyTestSite _site;

    public TaxonomyFieldEditorTests(TaxonomyTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task TheCascadingPickerShowsTheChosenTermsPathInGerman()
    {
        await using var scope = _site.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().NewAsync("Device");
        item.SetField("Device", "Product", new TaxonomyField { TermIds = ["bw-laser"] });
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        string html;
        try
        {
            var model = await scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
                .BuildEditorAsync(item, null, isNew: true, ContentAudience.Staff);
            var rendered = await ViewRenderer.RenderAsync(scope.ServiceProvider, "/Views/Shared/_ContentEditor.cshtml", model);
            html = Regex.Replace(WebUtility.HtmlDecode(rendered), @"\s+", " ");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Contains("value=\"bw-laser\" data-path=\"hardware peripherals printers bw-laser\" /> <span>Hardware › Peripherie › Drucker › S/W-Laser</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Ebene 4\" data-depth=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"peripherals\" selected=\"selected\" data-leaf=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"printers\" selected=\"selected\" data-leaf=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"colour-laser\" data-leaf=\"true\" data-path=\"hardware peripherals printers colour-laser\" data-path-text=\"Hardware › Peripherie › Drucker › Farblaser\">Farblaser</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATermOfAnotherTaxonomyIsRefused()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync("Device");
        item.SetField("Device", "Product", new TaxonomyField { TermIds = ["no-such-term"] });

        var errors = await contents.ValidateAsync(item);

        var error = Assert.Single(errors);
        Assert.Equal("Device.Product.TermIds", error.Key);
        Assert.Equal("Product: the chosen term does not belong to the taxonomy.", error.Message);
    }
}
