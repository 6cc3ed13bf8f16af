using Helpdesk.Data;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>
/// A whole Helpdesk site in the test process: environment "Testing", a fresh data folder and a
/// fresh database (SQLite by default, or a database of its own on the test PostgreSQL server),
/// set up unattended from configuration with the administrator of <see cref="TestSite"/> and the
/// <c>helpdesk.recipe.json</c> recipe. As an xunit fixture it starts in <see cref="InitializeAsync"/>;
/// elsewhere use <see cref="StartAsync"/>.
/// </summary>
public class HelpdeskSiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseProvider _provider;
    private readonly bool _unattendedSetup;
    private TestDatabase? _database;
    private bool _disposed;

    public HelpdeskSiteFactory()
        : this(DatabaseProvider.Sqlite, unattendedSetup: true)
    {
    }

    /// <param name="provider">The database the site uses.</param>
    /// <param name="unattendedSetup">False leaves the site waiting for the setup page.</param>
    protected HelpdeskSiteFactory(DatabaseProvider provider, bool unattendedSetup)
    {
        _provider = provider;
        _unattendedSetup = unattendedSetup;
    }

    public DatabaseProvider Provider => _provider;

    /// <summary>The site's data; available once started.</summary>
    public TestDatabase Database =>
        _database ?? throw new InvalidOperationException("The site has not started: call InitializeAsync first.");

    public static async Task<HelpdeskSiteFactory> StartAsync(DatabaseProvider provider, bool unattendedSetup = true)
    {
        var site = new HelpdeskSiteFactory(provider, unattendedSetup);
        try
        {
            await site.InitializeAsync();
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }

        return site;
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_provider);

        // Runs Program: migrations, start-up tasks (the unattended setup among them), then serving.
        StartServer();
    }

    /// <summary>A client that keeps cookies; it follows redirects only when asked to.</summary>
    public HttpClient CreateClient(bool followRedirects) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = followRedirects,
            HandleCookies = true,
        });

    /// <inheritdoc cref="SiteForms.SignInAsync"/>
    public Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        SiteForms.SignInAsync(client, email, password);

    /// <summary>
    /// Creates a user as staff would: the e-mail address is the user name and is confirmed, the
    /// password is <see cref="TestSite.UserPassword"/>, the roles are real roles of the site
    /// (the built-in Administrator, Agent and Customer among them).
    /// </summary>
    public async Task<User> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email,
            CreatedUtc = DateTime.UtcNow,
        };

        Succeeded(email, await users.CreateAsync(user, TestSite.UserPassword));
        if (roles.Length > 0)
        {
            Succeeded(email, await users.AddToRolesAsync(user, roles));
        }

        return user;
    }

    /// <summary>The stored account of <paramref name="email"/>, read in a scope of its own.</summary>
    public async Task<User?> FindUserAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
    }

    /// <summary>A fresh client (cookies kept, redirects not followed) signed in on the login page.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string email, string password = TestSite.UserPassword)
    {
        var client = CreateClient(followRedirects: false);
        try
        {
            using var signedIn = await SignInAsync(client, email, password);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return client;
    }

    /// <inheritdoc cref="SiteForms.GetAntiforgeryTokenAsync"/>
    public Task<string> GetAntiforgeryTokenAsync(HttpClient client, string url) =>
        SiteForms.GetAntiforgeryTokenAsync(client, url);

    /// <inheritdoc cref="SiteForms.FormAsync"/>
    public Task<HttpResponseMessage> FormAsync(
        HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? postUrl = null) =>
        SiteForms.FormAsync(client, url, fields, postUrl);

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(TestSite.Environment);

        // Outside Development the host expects a published wwwroot; tests run from the build
        // output, so the modules' and themes' files are found through the build's manifest.
        builder.UseStaticWebAssets();
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    private static void Succeeded(string email, IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The user {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        // SQLite stays unconfigured, as on a fresh install: the site uses the file in its App_Data
        // and the setup page offers the choice. PostgreSQL is fixed by configuration.
        var database = Database.Provider == DatabaseProvider.Sqlite
            ? Database.ConfigurationValues().Where(v => v.Key == "Helpdesk:DataPath")
            : Database.ConfigurationValues();

        return _unattendedSetup ? database.Concat(UnattendedSetupSettings()) : database;
    }

    private static IEnumerable<KeyValuePair<string, string?>> UnattendedSetupSettings() =>
    [
        new("Helpdesk:Setup:SiteName", TestSite.SiteName),
        new("Helpdesk:Setup:AdminEmail", TestSite.AdminEmail),
        new("Helpdesk:Setup:AdminPassword", TestSite.AdminPassword),
        new("Helpdesk:Setup:Recipe", TestSite.Recipe),
        new("Helpdesk:Setup:Language", TestSite.Language),
        new("Helpdesk:Setup:TimeZone", TestSite.TimeZone),
    ];
}
