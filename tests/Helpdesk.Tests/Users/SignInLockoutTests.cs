using Helpdesk.Users;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class SignInLockoutTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await UsersTestSite.CreateAsync();
        await _site.EnableAsync(UsersFeature.Id);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task FiveWrongPasswordsLockANewAccountForFifteenMinutes()
    {
        var user = await _site.CreateUserAsync("customer@example.com");
        var before = DateTimeOffset.UtcNow;

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.False((await CheckAsync(user.Email!, "wrong-password1")).IsLockedOut);
        }

        Assert.True((await CheckAsync(user.Email!, "wrong-password1")).IsLockedOut);
        Assert.True((await CheckAsync(user.Email!, UsersTestSite.Password)).IsLockedOut);

        await using var scope = _site.Services.CreateAsyncScope();
        var locked = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(user.Email!);
        var lockedFor = locked!.LockoutEnd!.Value - before;
        Assert.InRange(lockedFor.TotalMinutes, 14.9, 15.1);
    }

    [Fact]
    public async Task AccountWithUnconfirmedAddressMayNotSignIn()
    {
        var user = await _site.CreateUserAsync("new@example.com");
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = await users.FindByIdAsync(user.Id);
            stored!.EmailConfirmed = false;
            await users.UpdateAsync(stored);
        }

        var result = await CheckAsync("new@example.com", UsersTestSite.Password);

        Assert.True(result.IsNotAllowed);
    }

    private async Task<SignInResult> CheckAsync(string email, string password)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<User>>();

        return await signIn.CheckPasswordSignInAsync(user!, password, lockoutOnFailure: true);
    }
}
