using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Tests.Users;

public sealed class UsersPageTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string UsersUrl = "/admin/users";
    private const string CreateUrl = "/admin/users/create";

    private readonly HelpdeskSiteFactory _site;

    public UsersPageTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task NewUserHasNoPasswordAndTheirPageOffersTheInvitation()
    {
        using var admin = await AdminAsync();

        using var created = await _site.FormAsync(admin, CreateUrl,
        [
            new("DisplayName", "Nina Neu"),
            new("Email", "nina.neu@example.com"),
            new("Culture", "de"),
            new("Roles", BuiltInRoles.Agent),
            new("Roles", BuiltInRoles.Customer),
        ]);
        var page = await UsersAdminSite.FollowAsync(admin, created);
        var user = await _site.FindUserAsync("nina.neu@example.com");

        Assert.NotNull(user);
        Assert.Equal($"{UsersUrl}/{user.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("Nina Neu", "de"), (user.DisplayName, user.Culture));
        Assert.Null(user.PasswordHash);
        Assert.Equal([BuiltInRoles.Agent, BuiltInRoles.Customer], (await _site.RolesOfAsync(user.Email!)).Order());
        Assert.Contains("The user Nina Neu was created.", page, StringComparison.Ordinal);
        Assert.Matches(
            $"<form method=\"post\" action=\"/admin/users/{user.Id}/invitation\" id=\"user-invitation\">"
            + $"\\s*<input type=\"hidden\" name=\"returnUrl\" value=\"/admin/users/{user.Id}\" />"
            + "[\\s\\S]*?<input name=\"__RequestVerificationToken\" type=\"hidden\"",
            page);
        Assert.Contains("Send invitation", page, StringComparison.Ordinal);
        Assert.Contains("No password yet", await admin.GetStringAsync($"{UsersUrl}?search=nina"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormShowsErrorsBesideTheFieldsAndKeepsWhatWasTyped()
    {
        await _site.CreateUserAsync("taken@example.com");
        using var admin = await AdminAsync();

        using var invalid = await _site.FormAsync(admin, CreateUrl,
            [new("DisplayName", ""), new("Email", "not an address"), new("Culture", "fr"), new("Roles", "Astronaut")]);
        using var taken = await _site.FormAsync(admin, CreateUrl,
            [new("DisplayName", "Tom Taken"), new("Email", "taken@example.com"), new("Culture", "en")]);
        var invalidPage = await UsersAdminSite.TextOfAsync(invalid);
        var takenPage = await UsersAdminSite.TextOfAsync(taken);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Matches("data-valmsg-for=\"DisplayName\"[^>]*>The name is required.<", invalidPage);
        Assert.Matches("data-valmsg-for=\"Email\"[^>]*>Enter a valid e-mail address, e.g. anna@example.com.<", invalidPage);
        Assert.Matches("data-valmsg-for=\"Culture\"[^>]*>Choose German or English.<", invalidPage);
        Assert.Matches("data-valmsg-for=\"Roles\"[^>]*>This role does not exist: Astronaut<", invalidPage);
        Assert.Contains("value=\"not an address\"", invalidPage, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Email\"[^>]*>An account with the e-mail address 'taken@example.com' already exists.<", takenPage);
        Assert.Contains("value=\"Tom Taken\"", takenPage, StringComparison.Ordinal);
        Assert.Null(await _site.FindUserAsync("not an address"));
    }

    [Fact]
    public async Task EditChangesNameAddressLanguageAndRoles()
    {
        var user = await _site.CreateUserAsync("edda.edit@example.com", BuiltInRoles.Customer);
        using var admin = await AdminAsync();

        using var saved = await _site.FormAsync(admin, $"{UsersUrl}/{user.Id}",
        [
            new("DisplayName", "Edda Edit"),
            new("Email", "edda@example.com"),
            new("Culture", "en"),
            new("Roles", BuiltInRoles.Agent),
        ]);
        var changed = await _site.FindUserAsync("edda@example.com");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Edda Edit", "edda@example.com", "en"), (changed?.DisplayName, changed?.UserName, changed?.Culture));
        Assert.Equal([BuiltInRoles.Agent], await _site.RolesOfAsync("edda@example.com"));
        Assert.Null(await _site.FindUserAsync("edda.edit@example.com"));
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChangeIsRefusedOnceKeepingTheEntries()
    {
        var user = await _site.CreateUserAsync("stella.stale@example.com", BuiltInRoles.Customer);
        using var admin = await AdminAsync();
        var page = $"{UsersUrl}/{user.Id}";
        var stampWhenOpened = StaleEdits.Stamp(await admin.GetStringAsync(page));
        using (await _site.FormAsync(admin, page, UserFields("Stella by the other admin", stampWhenOpened)))
        {
        }

        using var stale = await _site.FormAsync(admin, page, UserFields("Stella Mine", stampWhenOpened));
        var stalePage = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        using var again = await _site.FormAsync(admin, page, UserFields("Stella Mine", StaleEdits.Stamp(stalePage)));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this user in the meantime.", stalePage, StringComparison.Ordinal);
        Assert.Contains("value=\"Stella Mine\"", stalePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Stella Mine", (await _site.FindUserAsync("stella.stale@example.com"))?.DisplayName);
    }

    [Fact]
    public async Task LockedUserCannotSignInUntilUnlockedAndADeletedUserIsGone()
    {
        var user = await _site.CreateUserAsync("lou.lock@example.com", BuiltInRoles.Customer);
        using var admin = await AdminAsync();
        var page = $"{UsersUrl}/{user.Id}";

        using var locked = await _site.FormAsync(admin, page, [], $"{page}/lock");
        var lockedPage = await UsersAdminSite.FollowAsync(admin, locked);
        var refused = await Record.ExceptionAsync(() => _site.CreateSignedInClientAsync("lou.lock@example.com"));
        using var unlocked = await _site.FormAsync(admin, page, [], $"{page}/unlock");
        using var signedIn = await _site.CreateSignedInClientAsync("lou.lock@example.com");
        using var deleted = await _site.FormAsync(admin, page, [], $"{page}/delete");

        Assert.Contains("The user lou.lock@example.com is locked and can no longer sign in.", lockedPage, StringComparison.Ordinal);
        Assert.Contains("Locked by an administrator", lockedPage, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(UsersUrl, deleted.Headers.Location?.OriginalString);
        Assert.Null(await _site.FindUserAsync("lou.lock@example.com"));
    }

    [Fact]
    public async Task ListFindsUsersByNameOrAddressAndFiltersByRole()
    {
        await _site.CreateUserAsync("fiona.filter@example.com", BuiltInRoles.Agent);
        await _site.CreateUserAsync("felix.filter@example.com", BuiltInRoles.Customer);
        await _site.CreateUserAsync("other.person@example.org", BuiltInRoles.Customer);
        using var admin = await AdminAsync();
        var customer = await _site.FindRoleAsync(BuiltInRoles.Customer);

        var byText = await admin.GetStringAsync($"{UsersUrl}?search=FILTER");
        var byTextAndRole = await admin.GetStringAsync($"{UsersUrl}?search=filter&role={customer!.Id}");
        var byDomain = await admin.GetStringAsync($"{UsersUrl}?search=example.org");
        var nothing = await admin.GetStringAsync($"{UsersUrl}?search=nobody-has-this");

        Assert.Equal(["felix.filter@example.com", "fiona.filter@example.com"], ListedUsers(byText));
        Assert.Equal(["felix.filter@example.com"], ListedUsers(byTextAndRole));
        Assert.Equal(["other.person@example.org"], ListedUsers(byDomain));
        Assert.Contains("id=\"users-empty\"", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPagesThroughManyUsers()
    {
        for (var i = 0; i < 27; i++)
        {
            await _site.CreateUserAsync($"pager{i:D2}@paging.example.com");
        }

        using var admin = await AdminAsync();

        var first = await admin.GetStringAsync($"{UsersUrl}?search=paging.example");
        var second = await admin.GetStringAsync($"{UsersUrl}?search=paging.example&page=2");

        Assert.Equal(25, ListedUsers(first).Count);
        Assert.Equal(["pager25@paging.example.com", "pager26@paging.example.com"], ListedUsers(second));
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] UserFields(string name, string stamp) =>
    [
        new("DisplayName", name),
        new("Email", "stella.stale@example.com"),
        new("Culture", "de"),
        new("Roles", BuiltInRoles.Customer),
        new("ConcurrencyStamp", stamp),
    ];

    private Task<HttpClient> AdminAsync() => _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);

    private static List<string> ListedUsers(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<tr data-user=\"([^\"]+)\"")
            .Select(match => match.Groups[1].Value)
            .ToList();
}
