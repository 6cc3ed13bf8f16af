using Helpdesk.Data;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Data;

/// <summary>
/// Tables come from FluentMigrator, the mapping from EF Core: a column one side forgets fails
/// only at run time. With every feature of the site enabled, each table and column the model
/// maps must exist in the migrated database.
/// </summary>
public sealed class SchemaModelAgreementTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MigratedSchemaHasEveryTableAndColumnTheModelMaps(DatabaseProvider provider)
    {
        await using var site = await HelpdeskSiteFactory.StartAsync(provider, unattendedSetup: false);
        await EnableAllFeaturesAsync(site.Services);

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        var mapped = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        var problems = new List<string>();
        foreach (var entity in mapped)
        {
            problems.AddRange(await CompareAsync(db, entity));
        }

        Assert.Contains(mapped, e => e.ClrType == typeof(SampleNote));
        Assert.True(
            problems.Count == 0,
            $"On {provider} the migrations do not create what the EF model maps:\n" + string.Join("\n", problems));
    }

    private static async Task EnableAllFeaturesAsync(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IFeatureManager>();
        await manager.EnableAsync(catalog.Features.Select(f => f.Id));
    }

    private static async Task<IEnumerable<string>> CompareAsync(HelpdeskDbContext db, IEntityType entity)
    {
        var table = entity.GetTableName()!;
        var columns = await DatabaseSchema.ColumnsAsync(db, table);
        if (columns.Count == 0)
        {
            return [$"table {table} is missing (entity {entity.DisplayName()})"];
        }

        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());

        return entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(store)))
            .Where(p => p.Column is not null && !columns.Contains(p.Column))
            .Select(p => $"column {table}.{p.Column} is missing (property {entity.DisplayName()}.{p.Property.Name})");
    }
}
