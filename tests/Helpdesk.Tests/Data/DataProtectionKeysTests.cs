using Helpdesk.Data;
using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Data;

/// <summary>Keys live in the database, so a restarted or a second node can read what the first protected.</summary>
public sealed class DataProtectionKeysTests
{
    private const string Purpose = "Helpdesk.Tests.DataProtection";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task KeysAreStoredInTheDataProtectionKeysTable(DatabaseProvider provider)
    {
        await using var site = await TestServices.StartAsync(provider, TestServices.SampleCatalog());

        var secret = Protector(site).Protect("password reset for kunde@example.com");

        await using (var scope = site.CreateScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>()
                .DataProtectionKeys.AsNoTracking().ToListAsync();
            var key = Assert.Single(keys);
            Assert.Contains("<key ", key.Xml, StringComparison.Ordinal);
        }

        await using var restarted = await TestServices.StartAsync(site.Database, TestServices.SampleCatalog());
        Assert.Equal("password reset for kunde@example.com", Protector(restarted).Unprotect(secret));
    }

    private static IDataProtector Protector(TestServices site) =>
        site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
