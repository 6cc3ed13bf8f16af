using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Data;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Records;
using Helpdesk.Taxonomies.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Taxonomies;

public sealed class TaxonomyIndexTests : IClassFixture<TaxonomyTestSite>
{
    private readonly TaxonomyTestSite _site;

    public TaxonomyIndexTests(TaxonomyTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task IndexRowsFollowTheItemThroughCreateUpdateAndDelete()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var item = await CreateDeviceAsync(contents, "Device", "bw-laser");
        var created = await RowsAsync(item.ContentItemId);
        item.SetField("Device", "Product", new TaxonomyField { TermIds = ["scanners"] });
        await contents.UpdateAsync(item);
        var updated = await RowsAsync(item.ContentItemId);
        await contents.RemoveAsync(item);
        var removed = await RowsAsync(item.ContentItemId);

        var row = Assert.Single(created);
        Assert.Equal(("Device", "Device.Product", TaxonomyTestSite.Products, "bw-laser"), (row.ContentType, row.Field, row.TaxonomyId, row.TermId));
        Assert.True(row.Latest && row.Published);
        Assert.Equal(["scanners"], updated.Select(r => r.TermId));
        Assert.Empty(removed);
    }

    [Fact]
    public async Task AFailedSaveLeavesNoIndexRows()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync("Device");
        item.DisplayText = FailingHandler.FailMarker;
        item.SetField("Device", "Product", new TaxonomyField { TermIds = ["monitors"] });

        await Assert.ThrowsAsync<InvalidOperationException>(() => contents.CreateAsync(item, VersionOptions.Published));

        Assert.Empty(await RowsAsync(item.ContentItemId));
    }

    [Fact]
    public async Task QueryingByAParentTermFindsItemsTaggedBeneathIt()
    {
        var type = await _site.CreateTaxonomyWithTypeAsync("querytree");
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var query = scope.ServiceProvider.GetRequiredService<ITaxonomyQuery>();
        var laser = await CreateDeviceAsync(contents, type, "bw-laser");
        var printers = await CreateDeviceAsync(contents, type, "printers");
        var office = await CreateDeviceAsync(contents, type, "office");

        var underHardware = await query.FindItemIdsAsync("querytree", "hardware");
        var onlyPrinters = await query.FindItemIdsAsync("querytree", "printers", includeDescendants: false);
        var underSoftware = await query.FindItemIdsAsync("querytree", "software");
        var count = await query.CountItemsUnderTermAsync("querytree", "peripherals");

        Assert.Equal(Sorted(laser.ContentItemId, printers.ContentItemId), underHardware);
        Assert.Equal([printers.ContentItemId], onlyPrinters);
        Assert.Equal([office.ContentItemId], underSoftware);
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task MovingATermChangesWhichParentsFindItsItems()
    {
        var type = await _site.CreateTaxonomyWithTypeAsync("movetree");
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var query = scope.ServiceProvider.GetRequiredService<ITaxonomyQuery>();
        var taxonomies = scope.ServiceProvider.GetRequiredService<TaxonomyService>();
        var laser = await CreateDeviceAsync(contents, type, "bw-laser");

        var item = (await taxonomies.FindAsync("movetree"))!;
        var part = item.As<TaxonomyPart>()!;
        Assert.True(TaxonomyTree.Move(part.Terms, "printers", TermMove.Outdent));
        Assert.True(TaxonomyTree.Move(part.Terms, "printers", TermMove.Outdent));
        await taxonomies.SaveAsync(item, part);

        Assert.Empty(await query.FindItemIdsAsync("movetree", "hardware"));
        Assert.Equal([laser.ContentItemId], await query.FindItemIdsAsync("movetree", "printers"));
        Assert.Equal(["hardware", "printers", "software"], part.Terms.Select(t => t.ContentItemId));
    }

    [Fact]
    public async Task RemovingATaxonomyWhoseTermsAreUsedIsRefused()
    {
        var type = await _site.CreateTaxonomyWithTypeAsync("usedtree");
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await CreateDeviceAsync(contents, type, "scanners");
        var taxonomy = (await contents.GetAsync("usedtree"))!;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => contents.RemoveAsync(taxonomy));

        Assert.Equal("The taxonomy Products cannot be deleted: 1 content items use its terms.", refused.Message);
        Assert.NotNull(await contents.GetAsync("usedtree"));
    }

    private static async Task<ContentItem> CreateDeviceAsync(IContentManager contents, string type, string termId)
    {
        var item = await contents.NewAsync(type);
        item.DisplayText = "Device with " + termId;
        item.SetField(type, "Product", new TaxonomyField { TermIds = [termId] });
        Assert.Empty(await contents.ValidateAsync(item));
        await contents.CreateAsync(item, VersionOptions.Published);

        return item;
    }

    private async Task<List<TaxonomyIndex>> RowsAsync(string contentItemId)
    {
        await using var scope = _site.CreateScope();

        return await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>()
            .Set<TaxonomyIndex>()
            .Where(r => r.ContentItemId == contentItemId)
            .ToListAsync();
    }

    private static string[] Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal).ToArray();
}
