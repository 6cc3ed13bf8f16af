using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Taxonomies;

public sealed partial class TaxonomyAdminTests : IClassFixture<TaxonomyAdminSite>
{
    private const string Printers = "hardware-peripherals-printers";
    private const string BwLaser = "hardware-peripherals-printers-bw-laser";

    private readonly TaxonomyAdminSite _site;

    public TaxonomyAdminTests(TaxonomyAdminSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task TheSetupRecipeSeedsThePrinterPathInEnglishAndGerman()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ITaxonomyTermSource>();

        var english = await InLanguageAsync("en", () => source.FindTermAsync("products", BwLaser));
        var german = await InLanguageAsync("de", () => source.FindTermAsync("products", BwLaser));
        var top = await InLanguageAsync("de", () => source.GetChildrenAsync("products", null));

        Assert.Equal(["Hardware", "Peripherals", "Printers", "B/W laser"], english!.PathNames);
        Assert.Equal(["Hardware", "Peripherie", "Drucker", "S/W-Laser"], german!.PathNames);
        Assert.Equal(["Hardware", "Software", "Netzwerk", "Dienstleistungen"], top.Select(t => t.DisplayText));
    }

    [Fact]
    public async Task AnAdministratorBuildsATreeWithAddRenameMoveAndDelete()
    {
        using var client = await _site.CreateAdminClientAsync();
        using var created = await TaxonomyAdminSite.PostFormAsync(client, "/admin/taxonomies/create",
            [new("NameEn", "Locations"), new("NameDe", "Standorte"), new("TermContentType", "LocationTerm")]);
        var editUrl = created.Headers.Location!.OriginalString;

        var munich = await AddTermAsync(client, editUrl, "Munich", "München");
        var berlin = await AddTermAsync(client, editUrl, "Berlin", "Berlin");
        var office = await AddTermAsync(client, editUrl, "Office A", "Büro A", parentId: munich);
        var hamburg = await AddTermAsync(client, editUrl, "Hamburg", "");
        using (await TaxonomyAdminSite.PostFormAsync(client, $"{editUrl}/terms/{berlin}", [new("TitleEn", "Berlin HQ"), new("TitleDe", "Berlin Zentrale")]))
        using (await TaxonomyAdminSite.PostFormAsync(client, editUrl, [new("direction", "Up")], $"{editUrl}/terms/{berlin}/move"))
        using (await TaxonomyAdminSite.PostFormAsync(client, editUrl, [new("direction", "Indent")], $"{editUrl}/terms/{hamburg}/move"))
        using (await TaxonomyAdminSite.PostFormAsync(client, editUrl, [new("direction", "Outdent")], $"{editUrl}/terms/{office}/move"))
        using (await TaxonomyAdminSite.PostFormAsync(client, editUrl, [], $"{editUrl}/terms/{hamburg}/delete"))
        {
        }

        var tree = Tree(await client.GetStringAsync(editUrl));
        Assert.Equal([(berlin, 0, "Berlin HQ"), (munich, 0, "Munich"), (office, 0, "Office A")], tree);
    }

    [Fact]
    public async Task ATermWithoutEnglishTitleIsRefusedBesideTheFieldKeepingTheInput()
    {
        using var client = await _site.CreateAdminClientAsync();
        var addUrl = $"/admin/taxonomies/products/terms/add?parentId={Printers}";

        using var response = await TaxonomyAdminSite.PostFormAsync(client, addUrl,
            [new("TitleEn", " "), new("TitleDe", "Nadeldrucker"), new("ParentId", Printers)], "/admin/taxonomies/products/terms/add");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The English title is required.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Nadeldrucker\"", page, StringComparison.Ordinal);
        Assert.Contains("Hardware › Peripherals › Printers", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TermsCarryTheFieldsOfTheirTermTypeCheckedLikeAnyForm()
    {
        using var client = await _site.CreateAdminClientAsync();
        using var created = await TaxonomyAdminSite.PostFormAsync(client, "/admin/taxonomies/create",
            [new("NameEn", "Teams"), new("NameDe", "Teams"), new("TermContentType", "TeamTerm")]);
        var editUrl = created.Headers.Location!.OriginalString;
        await GiveTeamTermAMailboxAsync();
        const string Mailbox = "TeamTerm.Mailbox.Text";

        using var refused = await TaxonomyAdminSite.PostFormAsync(client, $"{editUrl}/terms/add",
            [new("TitleEn", "Network team"), new("TitleDe", ""), new("ParentId", ""), new(Mailbox, "")]);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var added = await TaxonomyAdminSite.PostFormAsync(client, $"{editUrl}/terms/add",
            [new("TitleEn", "Network team"), new("TitleDe", "Netzwerkteam"), new("ParentId", ""), new(Mailbox, "network@example.com")]);
        var termId = added.Headers.Location!.OriginalString.Split("#term-")[1];
        using (await TaxonomyAdminSite.PostFormAsync(client, $"{editUrl}/terms/{termId}",
            [new("TitleEn", "Network team"), new("TitleDe", "Netzwerkteam"), new(Mailbox, "netzwerk@example.com")]))
        {
        }

        var editPage = WebUtility.HtmlDecode(await client.GetStringAsync($"{editUrl}/terms/{termId}"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Mailbox is required.", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Network team\"", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("value=\"netzwerk@example.com\"", editPage, StringComparison.Ordinal);
        Assert.Equal("netzwerk@example.com", await StoredMailboxAsync(editUrl.Split('/')[^1], termId));
    }

    [Fact]
    public async Task TheProductFieldOffersTheTaxonomiesByNameAndRefusesAnUnknownId()
    {
        using var client = await _site.CreateAdminClientAsync();
        const string url = "/admin/content-types/ReportProblem/fields/RequestProduct/Product";

        var form = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        using var refused = await TaxonomyAdminSite.PostFormAsync(client, url,
            [new("DisplayName", "Product"), new("Position", "40"), new("TaxonomyId", "prodcts")]);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("<option value=\"products\" selected=\"selected\">Products</option>", form, StringComparison.Ordinal);
        Assert.Contains("There is no taxonomy with the id prodcts.", refusedPage, StringComparison.Ordinal);
        Assert.Contains("prodcts (not found)", refusedPage, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        var product = (await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("ReportProblem"))!.FindField("Product");
        Assert.Equal("products", product!.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId);
    }

    [Fact]
    public async Task AFieldsTaxonomyDoesNotChangeWhileItemsMayHoldItsTerms()
    {
        using var client = await _site.CreateAdminClientAsync();
        using var created = await TaxonomyAdminSite.PostFormAsync(client, "/admin/taxonomies/create",
            [new("NameEn", "Regions"), new("NameDe", "Regionen"), new("TermContentType", "RegionTerm")]);
        var editUrl = created.Headers.Location!.OriginalString;
        var regions = editUrl.Split('/')[^1];
        var south = await AddTermAsync(client, editUrl, "South", "Süd");
        var typeName = await CreateItemTaggedAsync(regions, south);
        var url = $"/admin/content-types/{typeName}/fields/{typeName}/Region";

        using var refused = await TaxonomyAdminSite.PostFormAsync(client, url,
            [new("DisplayName", "Region"), new("Position", "1"), new("TaxonomyId", "products")]);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("1 content items may hold terms of the current taxonomy, so it cannot change while they exist.", page, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        var region = (await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(typeName))!.FindField("Region");
        Assert.Equal(regions, region!.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId);
    }

    [Fact]
    public async Task TheTermTypeOfATaxonomyIsNotDeleted()
    {
        using var client = await _site.CreateAdminClientAsync();

        using (await TaxonomyAdminSite.PostFormAsync(client, "/admin/content-types/ProductTerm", [], "/admin/content-types/ProductTerm/delete"))
        {
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/content-types/ProductTerm"));
        Assert.Contains("The content type ProductTerm cannot be deleted: taxonomies use it for their terms: Products.", page, StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("ProductTerm"));
    }

    [Fact]
    public async Task DeletingAUsedTermOrItsTaxonomyIsRefusedNamingTheCount()
    {
        await CreateDeviceWithProductAsync(BwLaser);
        using var client = await _site.CreateAdminClientAsync();

        using (await TaxonomyAdminSite.PostFormAsync(client, "/admin/taxonomies/products", [], $"/admin/taxonomies/products/terms/{Printers}/delete"))
        {
        }

        var afterTerm = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/taxonomies/products"));
        using (await TaxonomyAdminSite.PostFormAsync(client, "/admin/taxonomies/products", [], "/admin/taxonomies/products/delete"))
        {
        }

        var afterTaxonomy = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/taxonomies/products"));

        Assert.Contains("The term Printers cannot be deleted: 1 content items use it or a term beneath it.", afterTerm, StringComparison.Ordinal);
        Assert.Contains($"data-term-id=\"{Printers}\"", afterTerm, StringComparison.Ordinal);
        Assert.Contains("The taxonomy Products cannot be deleted: 1 content items use its terms.", afterTaxonomy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTaxonomyFieldPickerReadsTheSeededTree()
    {
        var typeName = await CreateDeviceWithProductAsync(null);
        using var client = await _site.CreateAdminClientAsync();
        var url = $"/contents/taxonomy-field/{typeName}/{typeName}/Product/terms";

        using var children = JsonDocument.Parse(await client.GetStringAsync($"{url}?parentId={Printers}"));
        using var matches = JsonDocument.Parse(await client.GetStringAsync($"{url}?q=laser"));

        var first = children.RootElement[0];
        Assert.Equal(BwLaser, first.GetProperty("id").GetString());
        Assert.Equal("B/W laser", first.GetProperty("text").GetString());
        Assert.Equal("Hardware › Peripherals › Printers › B/W laser", first.GetProperty("pathText").GetString());
        Assert.True(first.GetProperty("isLeaf").GetBoolean());
        Assert.Equal(
            ["B/W laser", "Colour laser"],
            matches.RootElement.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }

    private async Task<string> CreateItemTaggedAsync(string taxonomyId, string termId)
    {
        var typeName = "Site" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = _site.Services.CreateAsyncScope();
        var field = new ContentFieldDefinition("Region", nameof(TaxonomyField))
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings { DisplayName = "Region" })
                .With(new TaxonomyFieldSettings { TaxonomyId = taxonomyId }),
        };
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().SaveAsync(
            [new ContentPartDefinition(typeName) { Fields = [field] }],
            [new ContentTypeDefinition(typeName, typeName) { Parts = [new ContentTypePartDefinition(typeName)] }]);

        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(typeName);
        item.SetField(typeName, "Region", new TaxonomyField { TermIds = [termId] });
        Assert.Empty(await contents.ValidateAsync(item));
        await contents.CreateAsync(item, VersionOptions.Published);

        return typeName;
    }

    private async Task<string> CreateDeviceWithProductAsync(string? termId)
    {
        var typeName = "Device" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = _site.Services.CreateAsyncScope();
        var field = new ContentFieldDefinition("Product", nameof(TaxonomyField))
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings { DisplayName = "Product" })
                .With(new TaxonomyFieldSettings { TaxonomyId = "products", LeavesOnly = true }),
        };
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().SaveAsync(
            [new ContentPartDefinition(typeName) { Fields = [field] }],
            [new ContentTypeDefinition(typeName, typeName) { Parts = [new ContentTypePartDefinition(typeName)] }]);
        if (termId is null)
        {
            return typeName;
        }

        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(typeName);
        item.SetField(typeName, "Product", new TaxonomyField { TermIds = [termId] });
        Assert.Empty(await contents.ValidateAsync(item));
        await contents.CreateAsync(item, VersionOptions.Published);

        return typeName;
    }

    private async Task GiveTeamTermAMailboxAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var common = new ContentFieldSettings { DisplayName = "Mailbox", Required = true };
        var mailbox = new ContentFieldDefinition("Mailbox", "TextField") { Settings = ContentSettings.Empty.With(common) };

        await definitions.SavePartAsync(new ContentPartDefinition("TeamTerm") { Fields = [mailbox] });
    }

    private async Task<string?> StoredMailboxAsync(string taxonomyId, string termId)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var taxonomy = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(taxonomyId);
        var term = taxonomy!.Content["TaxonomyPart"]!["Terms"]!.AsArray().Single(t => (string?)t!["ContentItemId"] == termId);

        return (string?)term!["Content"]?["TeamTerm"]?["Mailbox"]?["Text"];
    }

    private static async Task<string> AddTermAsync(HttpClient client, string editUrl, string titleEn, string titleDe, string? parentId = null)
    {
        using var response = await TaxonomyAdminSite.PostFormAsync(
            client,
            $"{editUrl}/terms/add?parentId={parentId}",
            [new("TitleEn", titleEn), new("TitleDe", titleDe), new("ParentId", parentId ?? "")],
            $"{editUrl}/terms/add");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        return response.Headers.Location!.OriginalString.Split("#term-")[1];
    }

    private static List<(string Id, int Depth, string Title)> Tree(string page) =>
        TermRow().Matches(page)
            .Select(m => (
                m.Groups["id"].Value,
                int.Parse(m.Groups["depth"].Value, CultureInfo.InvariantCulture),
                WebUtility.HtmlDecode(m.Groups["title"].Value)))
            .ToList();

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

    [GeneratedRegex("data-term-id=\"(?<id>[^\"]+)\" data-depth=\"(?<depth>\\d+)\">.*?<span class=\"term-title\">(?<title>[^<]*)</span>", RegexOptions.Singleline)]
    private static partial Regex TermRow();
}
