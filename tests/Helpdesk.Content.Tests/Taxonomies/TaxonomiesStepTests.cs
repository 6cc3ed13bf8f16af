using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Taxonomies;

public sealed class TaxonomiesStepTests : IClassFixture<TaxonomyTestSite>
{
    private readonly TaxonomyTestSite _site;

    public TaxonomiesStepTests(TaxonomyTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task TheStepCreatesTheTaxonomyWithItsTermTypeAndTree()
    {
        await using var scope = _site.CreateScope();
        var services = scope.ServiceProvider;

        var taxonomy = (await services.GetRequiredService<TaxonomyService>().FindAsync(TaxonomyTestSite.Products))!;
        var part = taxonomy.As<TaxonomyPart>()!;
        var termType = await services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("ProductTerm");

        Assert.Equal("Products", taxonomy.DisplayText);
        Assert.True(taxonomy.Published);
        Assert.Equal("Produkte", part.Names["de"]);
        Assert.Equal(TaxonomyNames.TermStereotype, termType!.TypeSettings.Stereotype);
        var laser = TaxonomyTree.Find(part.Terms, "bw-laser")!;
        Assert.Equal(("ProductTerm", "B/W laser", 3), (laser.Term.ContentType, laser.Term.DisplayText, laser.Depth));
    }

    [Fact]
    public async Task RunningTheStepAgainUpdatesTermsAndKeepsTheirIds()
    {
        const string first = """
            { "name": "taxonomies", "taxonomies": [ { "id": "services", "name": "Services", "termType": "ServiceTerm",
              "terms": [ { "title": { "en": "Installation" } }, { "id": "training", "title": { "en": "Training" } } ] } ] }
            """;
        const string second = """
            { "name": "taxonomies", "taxonomies": [ { "id": "services", "name": { "en": "Services", "de": "Dienstleistungen" }, "termType": "ServiceTerm",
              "terms": [ { "id": "training", "title": { "en": "Training", "de": "Schulung" } },
                         { "title": { "en": "Installation", "de": "Installation" } } ] } ] }
            """;
        await using var scope = _site.CreateScope();
        var taxonomies = scope.ServiceProvider.GetRequiredService<TaxonomyService>();

        Assert.Empty(await TaxonomyTestSite.RunStepAsync(scope.ServiceProvider, first));
        var before = (await taxonomies.FindAsync("services"))!.As<TaxonomyPart>()!;
        Assert.Empty(await TaxonomyTestSite.RunStepAsync(scope.ServiceProvider, second));
        var after = (await taxonomies.FindAsync("services"))!.As<TaxonomyPart>()!;

        Assert.Equal([before.Terms[1].ContentItemId, before.Terms[0].ContentItemId], after.Terms.Select(t => t.ContentItemId));
        Assert.Equal("Schulung", after.Terms[0].Titles["de"]);
        Assert.Equal("Dienstleistungen", after.Names["de"]);
    }

    [Fact]
    public async Task AnInvalidStepNamesEveryProblemAndChangesNothing()
    {
        const string step = """
            { "name": "taxonomies", "taxonomies": [ { "id": "Bad Id", "name": { "en": "Broken" }, "termType": "Product Term",
              "terms": [ { "id": "dup", "title": { "en": "One" } },
                         { "id": "dup", "title": { "en": "Two" }, "children": [ { "title": {} } ] } ] },
              { "termType": "Thing" } ] }
            """;
        await using var scope = _site.CreateScope();

        var errors = await TaxonomyTestSite.RunStepAsync(scope.ServiceProvider, step);

        Assert.Contains("The id of Taxonomy 1 (Bad Id) is not valid: use lowercase letters, digits and dashes (at most 50).", errors);
        Assert.Contains("Taxonomy 1 (Bad Id) needs a \"termType\": letters, digits and underscores, starting with a letter.", errors);
        Assert.Contains("The id dup is given more than once.", errors);
        Assert.Contains(errors, e => e.StartsWith("The term 1 of term dup needs a \"title\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Taxonomy 2 needs a \"name\"", StringComparison.Ordinal));
        Assert.Equal(5, errors.Count);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync("Bad Id"));
    }

    [Fact]
    public async Task TheStepRefusesToRemoveATermItemsUse()
    {
        var type = await _site.CreateTaxonomyWithTypeAsync("shrink");
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var device = await contents.NewAsync(type);
        device.SetField(type, "Product", new TaxonomyField { TermIds = ["scanners"] });
        await contents.CreateAsync(device, VersionOptions.Published);
        const string step = """
            { "name": "taxonomies", "taxonomies": [ { "id": "shrink", "name": "Products", "termType": "ProductTerm",
              "terms": [ { "id": "hardware", "title": "Hardware" } ] } ] }
            """;

        var refused = await Assert.ThrowsAsync<RecipeException>(() => TaxonomyTestSite.RunStepAsync(scope.ServiceProvider, step));

        Assert.Equal("Taxonomy shrink: the term scanners (Scanners) cannot be removed: 1 content items use it.", refused.Message);
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ITaxonomyTermSource>().FindTermAsync("shrink", "scanners"));
    }

    [Fact]
    public async Task TheContentStepCarriesATaxonomyItem()
    {
        const string step = """
            { "name": "content", "items": [ { "contentItemId": "colours", "contentType": "Taxonomy",
              "content": { "TaxonomyPart": { "TermContentType": "ColourTerm", "Names": { "en": "Colours", "de": "Farben" },
                "Terms": [ { "ContentItemId": "red", "Titles": { "en": "Red", "de": "Rot" },
                             "Children": [ { "ContentItemId": "dark-red", "Titles": { "en": "Dark red", "de": "Dunkelrot" } } ] } ] } } } ] }
            """;
        await using (var scope = _site.CreateScope())
        {
            Assert.Empty(await TaxonomyTestSite.RunStepAsync(scope.ServiceProvider, step));
        }

        await using var next = _site.CreateScope();
        var term = await next.ServiceProvider.GetRequiredService<ITaxonomyTermSource>().FindTermAsync("colours", "dark-red");
        var item = await next.ServiceProvider.GetRequiredService<IContentManager>().GetAsync("colours", VersionOptions.Published);
        var ancestors = await next.ServiceProvider.GetRequiredService<ITaxonomyQuery>().FindItemIdsAsync("colours", "red");

        Assert.Equal(["Red", "Dark red"], term!.PathNames);
        Assert.Equal("Colours", item!.DisplayText);
        Assert.Empty(ancestors);
        Assert.NotNull(await next.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("ColourTerm"));
    }
}
