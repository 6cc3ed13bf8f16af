using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

/// <summary>Reads roles and users of a running site the way the users and roles admin pages store them.</summary>
public static class UsersAdminSite
{
    public static async Task<Role?> FindRoleAsync(this HelpdeskSiteFactory site, string name)
    {
        await using var scope = site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<RoleManager<Role>>().FindByNameAsync(name);
    }

    public static async Task<IList<string>> RolesOfAsync(this HelpdeskSiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");

        return await users.GetRolesAsync(user);
    }

    public static async Task<bool> IsLockedOutAsync(this HelpdeskSiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");

        return await users.IsLockedOutAsync(user);
    }

    /// <summary>Follows a redirect and returns the page's HTML, decoded for plain text assertions.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException(
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        return System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(location));
    }

    public static async Task<string> TextOfAsync(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
