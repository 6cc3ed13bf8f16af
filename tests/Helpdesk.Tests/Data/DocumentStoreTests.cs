using Helpdesk.Data;
using Helpdesk.Data.Documents;
using Helpdesk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Data;

public sealed class DocumentStoreTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SavedDocumentIsReadBackWhole(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());

        await SaveAsync(site, new NoteBoardDocument { Title = "Übersicht", Tags = ["printer", "vpn"] });

        var loaded = await FindAsync(site);
        Assert.NotNull(loaded);
        Assert.Equal("Übersicht", loaded.Title);
        Assert.Equal(["printer", "vpn"], loaded.Tags);
        Assert.Equal(1, loaded.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SavingAStaleDocumentThrowsAndKeepsTheNewerOne(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());
        await SaveAsync(site, new NoteBoardDocument { Title = "original" });
        await using var first = site.CreateScope();
        await using var second = site.CreateScope();
        var firstCopy = await Store(first).GetAsync<NoteBoardDocument>();
        var secondCopy = await Store(second).GetAsync<NoteBoardDocument>();

        firstCopy.Title = "first";
        await Store(first).SaveAsync(firstCopy);
        secondCopy.Title = "second";

        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => Store(second).SaveAsync(secondCopy));
        var stored = await FindAsync(site);
        Assert.Equal("first", stored?.Title);
        Assert.Equal(2, stored?.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SaveInARolledBackTransactionLeavesCacheAndTableUnchanged(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());
        await SaveAsync(site, new NoteBoardDocument { Title = "committed" });
        Assert.Equal("committed", (await FindAsync(site))?.Title);

        await using (var scope = site.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var document = await Store(scope).GetAsync<NoteBoardDocument>();
            document.Title = "rolled back";
            await Store(scope).SaveAsync(document);

            Assert.Equal("rolled back", (await Store(scope).GetAsync<NoteBoardDocument>()).Title);
            Assert.Equal("committed", (await FindAsync(site))?.Title);
            await transaction.RollbackAsync();
        }

        var cached = await FindAsync(site);
        Assert.Equal("committed", cached?.Title);
        Assert.Equal(1, cached?.Version);
        var row = await ReadRowAsync(site);
        Assert.Equal(1, row.Version);
        Assert.Contains("committed", row.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CommittedSaveIsSeenByOtherScopes(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());
        await SaveAsync(site, new NoteBoardDocument { Title = "before" });
        await using var reader = site.CreateScope();
        Assert.Equal("before", (await Store(reader).GetAsync<NoteBoardDocument>()).Title);

        await using (var writer = site.CreateScope())
        {
            var db = writer.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var document = await Store(writer).GetAsync<NoteBoardDocument>();
            document.Title = "after";
            await Store(writer).SaveAsync(document);

            Assert.Equal("before", (await FindAsync(site))?.Title);
            await transaction.CommitAsync();
        }

        Assert.Equal("after", (await Store(reader).GetAsync<NoteBoardDocument>()).Title);
        Assert.Equal("after", (await FindAsync(site))?.Title);
        Assert.Equal(2, (await ReadRowAsync(site)).Version);
    }

    private static IDocumentStore Store(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDocumentStore>();

    private static async Task SaveAsync(TestServices site, NoteBoardDocument document)
    {
        await using var scope = site.CreateScope();
        await Store(scope).SaveAsync(document);
    }

    private static async Task<NoteBoardDocument?> FindAsync(TestServices site)
    {
        await using var scope = site.CreateScope();

        return await Store(scope).FindAsync<NoteBoardDocument>();
    }

    private static async Task<DocumentRecord> ReadRowAsync(TestServices site)
    {
        await using var scope = site.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Documents.AsNoTracking().SingleAsync(d => d.Id == nameof(NoteBoardDocument));
    }
}
