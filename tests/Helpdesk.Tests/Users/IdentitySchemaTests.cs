using System.Security.Claims;
using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Users;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class IdentitySchemaTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await UsersTestSite.CreateAsync();
        await _site.EnableAsync(UsersFeature.Id);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task EveryIdentityTableStoresWhatIdentityWritesAndDeletingAUserRemovesItsRows()
    {
        var user = await _site.CreateUserAsync("anna@example.com", BuiltInRoles.Agent);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.AddClaimAsync(stored, new Claim("department", "Support"));
            await users.AddLoginAsync(stored, new UserLoginInfo("Example", "anna-1", "Example"));
            await users.SetAuthenticationTokenAsync(stored, "Example", "refresh", "token-value");
            await users.SetLockoutEndDateAsync(stored, DateTimeOffset.UtcNow.AddMinutes(5));
        }

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = (await users.FindByLoginAsync("Example", "anna-1"))!;
            Assert.Equal("anna@example.com", stored.Email);
            Assert.True(await users.IsLockedOutAsync(stored));
            Assert.Equal("token-value", await users.GetAuthenticationTokenAsync(stored, "Example", "refresh"));
            Assert.Contains(await users.GetClaimsAsync(stored), c => c.Type == "department" && c.Value == "Support");

            await users.DeleteAsync(stored);
        }

        await using var check = _site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        Assert.Equal(0, await db.Set<IdentityUserRole<string>>().CountAsync());
        Assert.Equal(0, await db.Set<IdentityUserClaim<string>>().CountAsync());
        Assert.Equal(0, await db.Set<IdentityUserLogin<string>>().CountAsync());
        Assert.Equal(0, await db.Set<IdentityUserToken<string>>().CountAsync());
    }

    [Fact]
    public async Task TwoAccountsCannotShareAnEmailAddress()
    {
        await _site.CreateUserAsync("anna@example.com");
        await using var scope = _site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();

        var result = await users.CreateAsync(new User { UserName = "ANNA@example.com", Email = "ANNA@example.com" }, "secret123");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail));
    }
}
