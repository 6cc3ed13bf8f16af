using Helpdesk.Data;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule.Models;
using Helpdesk.Tests.Users;
using Helpdesk.Users.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Data;

public sealed class ModelCompositionTests
{
    [Fact]
    public async Task HostsWithDifferentModulesInOneProcessEachGetTheirOwnModel()
    {
        await using var sampleOnly = await TestServices.StartAsync(DatabaseProvider.Sqlite, TestServices.SampleCatalog());
        await using var withUsers = await UsersTestSite.CreateAsync();

        var sampleModel = await EntityTypesAsync(sampleOnly.Services);
        var usersModel = await EntityTypesAsync(withUsers.Services);

        Assert.Contains(typeof(SampleNote), sampleModel);
        Assert.DoesNotContain(typeof(User), sampleModel);
        Assert.Contains(typeof(User), usersModel);
    }

    private static async Task<List<Type>> EntityTypesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return db.Model.GetEntityTypes().Select(e => e.ClrType).ToList();
    }
}
