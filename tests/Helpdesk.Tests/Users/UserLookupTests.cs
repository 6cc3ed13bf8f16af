using Helpdesk.ContentManagement.Users;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

/// <summary>The user picker field finds the site's users through the Users module.</summary>
public sealed class UserLookupTests : IClassFixture<HelpdeskSiteFactory>
{
    private readonly HelpdeskSiteFactory _site;

    public UserLookupTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task SearchFiltersByTextAndRolesOrdersByNameAndStopsAtTheLimit()
    {
        var zora = await _site.CreateUserAsync("zora.lookup@example.com", BuiltInRoles.Agent);
        await _site.CreateUserAsync("anton.lookup@example.com", BuiltInRoles.Agent);
        await _site.CreateUserAsync("bert.lookup@example.com", BuiltInRoles.Customer);
        await using var scope = _site.Services.CreateAsyncScope();
        var lookup = scope.ServiceProvider.GetRequiredService<IUserLookup>();

        var agents = await lookup.SearchAsync("LOOKUP", [BuiltInRoles.Agent], limit: 10);
        var firstTwo = await lookup.SearchAsync("lookup", [], limit: 2);
        var found = await lookup.FindAsync(zora.Id);
        var missing = await lookup.FindAsync("no-such-user");

        Assert.Equal(["anton.lookup@example.com", "zora.lookup@example.com"], agents.Select(u => u.Email));
        Assert.Equal(["anton.lookup@example.com", "bert.lookup@example.com"], firstTwo.Select(u => u.Email));
        Assert.Equal(new[] { BuiltInRoles.Agent }, found?.Roles);
        Assert.Equal("zora.lookup@example.com", found?.DisplayName);
        Assert.Null(missing);
    }
}
