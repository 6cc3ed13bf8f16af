using Helpdesk.Data;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CoreMigrationCreatesTheFrameworkTables(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());
        await using var scope = site.CreateScope();
        var db = Db(scope);

        Assert.Equal(["Content", "Id", "Version"], (await DatabaseSchema.ColumnsAsync(db, "Documents")).Order());
        Assert.Equal(
            ["FriendlyName", "Id", "Xml"],
            (await DatabaseSchema.ColumnsAsync(db, "DataProtectionKeys")).Order());
        Assert.False(await DatabaseSchema.TableExistsAsync(db, "SampleNotes"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EnablingTheSampleFeatureRunsItsMigration(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());
        var created = new DateTime(2026, 12, 3, 9, 30, 15, DateTimeKind.Utc);

        await SwitchAsync(site, m => m.EnableAsync([SampleFeatures.Notes]));
        await AddNoteAsync(site, new SampleNote { Text = "Drucker im 2. Stock klemmt", Pinned = true, CreatedUtc = created });

        await using var scope = site.CreateScope();
        var columns = await DatabaseSchema.ColumnsAsync(Db(scope), "SampleNotes");
        Assert.Equal(["CreatedUtc", "Id", "Pinned", "Text"], columns.Order());
        var note = await Db(scope).Set<SampleNote>().SingleAsync();
        Assert.Equal("Drucker im 2. Stock klemmt", note.Text);
        Assert.True(note.Pinned);
        Assert.Equal(created, note.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, note.CreatedUtc.Kind);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DisablingTheSampleFeatureKeepsItsRows(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());
        await SwitchAsync(site, m => m.EnableAsync([SampleFeatures.Pinned]));
        await AddNoteAsync(site, new SampleNote { Text = "first", CreatedUtc = DateTime.UtcNow });
        await AddNoteAsync(site, new SampleNote { Text = "second", CreatedUtc = DateTime.UtcNow });

        await SwitchAsync(site, m => m.DisableAsync([SampleFeatures.Notes]));

        Assert.Equal(["first", "second"], await NoteTextsAsync(site));

        await SwitchAsync(site, m => m.EnableAsync([SampleFeatures.Notes]));

        Assert.Equal(["first", "second"], await NoteTextsAsync(site));
    }

    private static HelpdeskDbContext Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

    private static async Task SwitchAsync(TestServices site, Func<IFeatureManager, Task> change)
    {
        await using var scope = site.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<IFeatureManager>());
    }

    private static async Task AddNoteAsync(TestServices site, SampleNote note)
    {
        await using var scope = site.CreateScope();
        Db(scope).Add(note);
        await Db(scope).SaveChangesAsync();
    }

    private static async Task<List<string>> NoteTextsAsync(TestServices site)
    {
        await using var scope = site.CreateScope();

        return await Db(scope).Set<SampleNote>().OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
    }
}
