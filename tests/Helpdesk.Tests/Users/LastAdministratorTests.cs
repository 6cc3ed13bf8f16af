using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Users;

/// <summary>
/// Nobody locks the site's administrators out: the last administrator keeps the role, stays
/// unlocked and is not deleted; with a second administrator each of these is allowed.
/// </summary>
public sealed class LastAdministratorTests : IAsyncLifetime
{
    private const string UserManagers = "User managers";
    private const string ManagerEmail = "mia.manager@example.com";

    private HelpdeskSiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        _site = await HelpdeskSiteFactory.StartAsync(Helpdesk.Data.DatabaseProvider.Sqlite);
        using var admin = await AdminAsync();
        using var role = await _site.FormAsync(admin, "/admin/roles/create",
            [new("Name", UserManagers), new("Permissions", "AccessAdminPanel"), new("Permissions", "ManageUsers")]);
        await _site.CreateUserAsync(ManagerEmail, UserManagers);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task LastAdministratorCannotBeDemotedLockedOrDeletedAndSaysSoInTheUsersLanguage()
    {
        var administrator = await _site.FindUserAsync(TestSite.AdminEmail);
        var page = $"/admin/users/{administrator!.Id}";
        using var admin = await AdminAsync();
        using var manager = await _site.CreateSignedInClientAsync(ManagerEmail);
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        using var selfDemotion = await _site.FormAsync(admin, page, Profile(roles: [BuiltInRoles.Agent]));
        using var demotion = await _site.FormAsync(manager, page, Profile(roles: []));
        using var locking = await _site.FormAsync(manager, page, [], $"{page}/lock");
        var lockingPage = await UsersAdminSite.FollowAsync(manager, locking);
        using var deletion = await _site.FormAsync(manager, page, [], $"{page}/delete");
        var deletionPage = await UsersAdminSite.FollowAsync(manager, deletion);

        Assert.Equal(HttpStatusCode.OK, selfDemotion.StatusCode);
        Assert.Matches(
            "data-valmsg-for=\"Roles\"[^>]*>This is the last administrator: the Administrator role cannot be taken away.",
            await UsersAdminSite.TextOfAsync(selfDemotion));
        Assert.Contains(
            "Dies ist der letzte Administrator: Die Rolle Administrator kann ihm nicht entzogen werden.",
            await UsersAdminSite.TextOfAsync(demotion),
            StringComparison.Ordinal);
        Assert.Contains("Dies ist der letzte Administrator: Das Konto kann nicht gesperrt werden.", lockingPage, StringComparison.Ordinal);
        Assert.Contains("Dies ist der letzte Administrator: Das Konto kann nicht gelöscht werden.", deletionPage, StringComparison.Ordinal);
        Assert.Equal([BuiltInRoles.Administrator], await _site.RolesOfAsync(TestSite.AdminEmail));
        Assert.False(await _site.IsLockedOutAsync(TestSite.AdminEmail));
        Assert.Equal("Administrator", (await _site.FindUserAsync(TestSite.AdminEmail))?.DisplayName);
    }

    [Fact]
    public async Task WithASecondAdministratorEachOneCanBeLockedDemotedOrDeleted()
    {
        var administrator = await _site.FindUserAsync(TestSite.AdminEmail);
        var second = await _site.CreateUserAsync("second.admin@example.com", BuiltInRoles.Administrator);
        var page = $"/admin/users/{administrator!.Id}";
        using var manager = await _site.CreateSignedInClientAsync(ManagerEmail);

        using var locked = await _site.FormAsync(manager, page, [], $"{page}/lock");
        var lockedOut = await _site.IsLockedOutAsync(TestSite.AdminEmail);
        using var unlocked = await _site.FormAsync(manager, page, [], $"{page}/unlock");
        using var admin = await AdminAsync();
        using var selfDemotion = await _site.FormAsync(admin, page, Profile(roles: [BuiltInRoles.Agent]));
        var rolesAfterDemotion = await _site.RolesOfAsync(TestSite.AdminEmail);
        using var lastDeleted = await _site.FormAsync(manager, $"/admin/users/{second.Id}", [], $"/admin/users/{second.Id}/delete");
        using var firstDeleted = await _site.FormAsync(manager, page, [], $"{page}/delete");

        Assert.True(lockedOut);
        Assert.Equal(HttpStatusCode.Redirect, selfDemotion.StatusCode);
        Assert.Equal([BuiltInRoles.Agent], rolesAfterDemotion);
        Assert.NotNull(await _site.FindUserAsync("second.admin@example.com"));
        Assert.Null(await _site.FindUserAsync(TestSite.AdminEmail));
    }

    private static KeyValuePair<string, string>[] Profile(string[] roles) =>
    [
        new("DisplayName", "Administrator"),
        new("Email", TestSite.AdminEmail),
        new("Culture", TestSite.Language),
        .. roles.Select(role => new KeyValuePair<string, string>("Roles", role)),
    ];

    private Task<HttpClient> AdminAsync() => _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
}
