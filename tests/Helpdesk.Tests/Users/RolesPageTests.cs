using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class RolesPageTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string RolesUrl = "/admin/roles";
    private const string CreateUrl = "/admin/roles/create";

    private readonly HelpdeskSiteFactory _site;

    public RolesPageTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task GrantsOfANewRoleTakeEffectAndWithdrawingThemRefusesThePage()
    {
        using var admin = await AdminAsync();
        using var created = await _site.FormAsync(admin, CreateUrl,
        [
            new("Name", "Supervisor"),
            new("Description", "Leads the agents."),
            new("Permissions", "AccessAdminPanel"),
            new("Permissions", "ManageSettings"),
        ]);
        var list = await UsersAdminSite.FollowAsync(admin, created);
        await _site.CreateUserAsync("sam.supervisor@example.com", "Supervisor");
        using var supervisor = await _site.CreateSignedInClientAsync("sam.supervisor@example.com");

        using var granted = await supervisor.GetAsync("/admin/settings");
        using var notGranted = await supervisor.GetAsync("/admin/features");
        var role = await _site.FindRoleAsync("Supervisor");
        using var saved = await _site.FormAsync(admin, $"{RolesUrl}/{role!.Id}",
            [new("Name", "Supervisor"), new("Description", "Leads the agents."), new("Permissions", "AccessAdminPanel")]);
        using var withdrawn = await supervisor.GetAsync("/admin/settings");

        Assert.Contains("The role Supervisor was created.", list, StringComparison.Ordinal);
        Assert.Contains("data-role=\"Supervisor\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notGranted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdrawn.StatusCode);
    }

    [Fact]
    public async Task RoleIsRenamedAndDeleted()
    {
        using var admin = await AdminAsync();
        using var created = await _site.FormAsync(admin, CreateUrl, [new("Name", "Night shift")]);
        var role = await _site.FindRoleAsync("Night shift");

        using var renamed = await _site.FormAsync(admin, $"{RolesUrl}/{role!.Id}", [new("Name", "Late shift")]);
        var renamedRole = await _site.FindRoleAsync("Late shift");
        using var deleted = await _site.FormAsync(admin, $"{RolesUrl}/{role.Id}", [], $"{RolesUrl}/{role.Id}/delete");

        Assert.Equal(role.Id, renamedRole?.Id);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await _site.FindRoleAsync("Late shift"));
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChangeIsRefusedOnceKeepingTheEntries()
    {
        using var admin = await AdminAsync();
        using var created = await _site.FormAsync(admin, CreateUrl, [new("Name", "Weekend shift")]);
        var page = $"{RolesUrl}/{(await _site.FindRoleAsync("Weekend shift"))!.Id}";
        var stampWhenOpened = StaleEdits.Stamp(await admin.GetStringAsync(page));
        using (await _site.FormAsync(admin, page, [new("Name", "Weekend shift"), new("Description", "By the other admin"), new("ConcurrencyStamp", stampWhenOpened)]))
        {
        }

        using var stale = await _site.FormAsync(admin, page, [new("Name", "Weekend shift"), new("Description", "Mine"), new("ConcurrencyStamp", stampWhenOpened)]);
        var stalePage = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this role in the meantime.", stalePage, StringComparison.Ordinal);
        Assert.Contains("Mine", stalePage, StringComparison.Ordinal);
        Assert.Equal("By the other admin", (await _site.FindRoleAsync("Weekend shift"))?.Description);
    }

    [Fact]
    public async Task FormShowsErrorsBesideTheNameAndKeepsWhatWasTyped()
    {
        using var admin = await AdminAsync();

        using var empty = await _site.FormAsync(admin, CreateUrl, [new("Name", ""), new("Description", "Typed text")]);
        using var taken = await _site.FormAsync(admin, CreateUrl, [new("Name", "agent"), new("Description", "Another typed text")]);
        var emptyPage = await UsersAdminSite.TextOfAsync(empty);
        var takenPage = await UsersAdminSite.TextOfAsync(taken);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Matches("data-valmsg-for=\"Name\"[^>]*>The name is required.<", emptyPage);
        Assert.Matches(">\\s*Typed text</textarea>", emptyPage);
        Assert.Matches("data-valmsg-for=\"Name\"[^>]*>A role named 'agent' already exists.<", takenPage);
        Assert.Matches(">\\s*Another typed text</textarea>", takenPage);
    }

    [Fact]
    public async Task BuiltInRolesKeepTheirNamesAndCannotBeDeleted()
    {
        using var admin = await AdminAsync();
        var agent = await _site.FindRoleAsync(BuiltInRoles.Agent);

        using var renamed = await _site.FormAsync(admin, $"{RolesUrl}/{agent!.Id}",
            [new("Name", "Staff"), new("Description", "Renamed?"), new("Permissions", "AccessAdminPanel")]);
        using var deleted = await _site.FormAsync(admin, $"{RolesUrl}/{agent.Id}", [], $"{RolesUrl}/{agent.Id}/delete");
        var afterDelete = await UsersAdminSite.FollowAsync(admin, deleted);

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Renamed?", (await _site.FindRoleAsync(BuiltInRoles.Agent))?.Description);
        Assert.Null(await _site.FindRoleAsync("Staff"));
        Assert.Contains("The built-in role Agent cannot be deleted.", afterDelete, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"role-delete\"", afterDelete, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorRoleShowsEveryPermissionGrantedAndKeepsThemWhatever()
    {
        using var admin = await AdminAsync();
        var administrator = await _site.FindRoleAsync(BuiltInRoles.Administrator);
        var url = $"{RolesUrl}/{administrator!.Id}";

        var page = await admin.GetStringAsync(url);
        using var saved = await _site.FormAsync(admin, url, [new("Name", BuiltInRoles.Administrator)]);
        using var stillAdmin = await admin.GetAsync("/admin/features");

        var checkboxes = System.Text.RegularExpressions.Regex.Matches(page, "<input[^>]*name=\"Permissions\"[^>]*>");
        Assert.NotEmpty(checkboxes);
        Assert.All(checkboxes, box => Assert.Contains("checked=\"checked\"", box.Value, StringComparison.Ordinal));
        Assert.All(checkboxes, box => Assert.Contains("disabled=\"disabled\"", box.Value, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, stillAdmin.StatusCode);
        Assert.Contains("ManageUsers", await GrantedAsync(BuiltInRoles.Administrator));
    }

    [Fact]
    public async Task AgentCanNeitherOpenNorChangeRolesOrUsers()
    {
        await _site.CreateUserAsync("ada.agent@example.com", BuiltInRoles.Agent);
        using var agent = await _site.CreateSignedInClientAsync("ada.agent@example.com");
        var token = await _site.GetAntiforgeryTokenAsync(agent, "/admin");

        using var roles = await agent.GetAsync(RolesUrl);
        using var users = await agent.GetAsync("/admin/users");
        using var create = await agent.PostAsync(CreateUrl, new FormUrlEncodedContent(
        [
            new KeyValuePair<string, string>("Name", "Sneaky"),
            new KeyValuePair<string, string>(SiteForms.TokenFieldName, token),
        ]));

        Assert.Equal(HttpStatusCode.Forbidden, roles.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Null(await _site.FindRoleAsync("Sneaky"));
    }

    private Task<HttpClient> AdminAsync() => _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);

    private async Task<IReadOnlySet<string>> GrantedAsync(string roleName)
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<RolePermissionService>().GetPermissionsAsync(roleName);
    }
}
