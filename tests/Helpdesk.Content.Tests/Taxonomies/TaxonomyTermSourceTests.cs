using System.Globalization;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Taxonomies;

public sealed class TaxonomyTermSourceTests : IClassFixture<TaxonomyTestSite>
{
    private readonly TaxonomyTestSite _site;

    public TaxonomyTermSourceTests(TaxonomyTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task ChildrenComeInTheirOrderTitledInTheCurrentLanguage()
    {
        await using var scope = _site.CreateScope();
        var source = scope.ServiceProvider.GetRequiredService<ITaxonomyTermSource>();

        var top = await InLanguageAsync("en", () => source.GetChildrenAsync(TaxonomyTestSite.Products, null));
        var english = await InLanguageAsync("en", () => source.GetChildrenAsync(TaxonomyTestSite.Products, "peripherals"));
        var german = await InLanguageAsync("de", () => source.GetChildrenAsync(TaxonomyTestSite.Products, "peripherals"));

        Assert.Equal(["hardware", "software"], top.Select(t => t.TermId));
        Assert.Equal(["Printers", "Scanners"], english.Select(t => t.DisplayText));
        Assert.Equal(["Drucker", "Scanner"], german.Select(t => t.DisplayText));
        Assert.False(german[0].IsLeaf);
        Assert.True(german[1].IsLeaf);
    }

    [Fact]
    public async Task FoundTermsCarryTheirAncestorsInBothLanguages()
    {
        await using var scope = _site.CreateScope();
        var source = scope.ServiceProvider.GetRequiredService<ITaxonomyTermSource>();

        var english = await InLanguageAsync("en", () => source.FindTermAsync(TaxonomyTestSite.Products, "bw-laser"));
        var german = await InLanguageAsync("de", () => source.FindTermAsync(TaxonomyTestSite.Products, "bw-laser"));
        var elsewhere = await source.FindTermAsync("no-such-taxonomy", "bw-laser");

        Assert.Equal(["Hardware", "Peripherals", "Printers", "B/W laser"], english!.PathNames);
        Assert.Equal(["Hardware", "Peripherie", "Drucker", "S/W-Laser"], german!.PathNames);
        Assert.Equal(["hardware", "peripherals", "printers"], german.Ancestors.Select(a => a.TermId));
        Assert.Equal("printers", german.ParentTermId);
        Assert.True(german.IsLeaf);
        Assert.Null(elsewhere);
    }

    [Fact]
    public async Task ATermWithoutATitleInTheLanguageShowsTheSiteDefault()
    {
        await using var scope = _site.CreateScope();
        var source = scope.ServiceProvider.GetRequiredService<ITaxonomyTermSource>();

        var monitors = await InLanguageAsync("de", () => source.FindTermAsync(TaxonomyTestSite.Products, "monitors"));

        Assert.Equal("Monitors", monitors!.DisplayText);
    }

    [Fact]
    public async Task SearchMatchesTitlesOfTheCurrentLanguageIgnoringCase()
    {
        await using var scope = _site.CreateScope();
        var source = scope.ServiceProvider.GetRequiredService<ITaxonomyTermSource>();

        var german = await InLanguageAsync("de", () => source.SearchAsync(TaxonomyTestSite.Products, "laser", 10));
        var english = await InLanguageAsync("en", () => source.SearchAsync(TaxonomyTestSite.Products, "PRINT", 10));
        var umlaut = await InLanguageAsync("de", () => source.SearchAsync(TaxonomyTestSite.Products, "büro", 10));
        var limited = await InLanguageAsync("en", () => source.SearchAsync(TaxonomyTestSite.Products, "e", 2));

        Assert.Equal(["S/W-Laser", "Farblaser"], german.Select(t => t.DisplayText));
        Assert.Equal("Hardware › Peripherie › Drucker", string.Join(" › ", german[0].Ancestors.Select(a => a.DisplayText)));
        Assert.Equal(["printers"], english.Select(t => t.TermId));
        Assert.Equal(["office"], umlaut.Select(t => t.TermId));
        Assert.Equal(2, limited.Count);
    }

    [Fact]
    public async Task ASavedTaxonomyIsSeenByTheNextRequest()
    {
        await _site.CreateTaxonomyWithTypeAsync("renamed");
        await using (var warm = _site.CreateScope())
        {
            var before = await warm.ServiceProvider.GetRequiredService<ITaxonomyTermSource>().FindTermAsync("renamed", "scanners");
            Assert.Equal("Scanners", before!.DisplayText);
        }

        await using (var change = _site.CreateScope())
        {
            var taxonomies = change.ServiceProvider.GetRequiredService<TaxonomyService>();
            var item = (await taxonomies.FindAsync("renamed"))!;
            var part = item.As<TaxonomyPart>()!;
            TaxonomyTree.Find(part.Terms, "scanners")!.Term.Titles["en"] = "Document scanners";
            await taxonomies.SaveAsync(item, part);
        }

        await using var after = _site.CreateScope();
        var renamed = await after.ServiceProvider.GetRequiredService<ITaxonomyTermSource>().FindTermAsync("renamed", "scanners");
        Assert.Equal("Document scanners", renamed!.DisplayText);
    }

    private static async Task<T> InLanguageAsync<T>(string language, Func<Task<T>> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return await read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
