using System.Reflection;
using System.Security.Claims;
using Helpdesk.Data;
using Helpdesk.Infrastructure;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Helpdesk.Users;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Helpdesk.Tests.Users;

/// <summary>
/// The real services of the framework, the Users and Setup modules and the sample module, over a
/// fresh SQLite file: enough to exercise Identity, roles and permissions without the web host.
/// The sample feature stands for "some other feature": it declares <see cref="SamplePermissions"/>.
/// </summary>
public sealed class UsersTestSite : IAsyncDisposable
{
    public const string SampleFeatureId = "Helpdesk.Tests.Sample";
    public const string Password = "secret123";

    private readonly string _directory;

    private UsersTestSite(string directory, ServiceProvider services)
    {
        _directory = directory;
        Services = services;
    }

    public ServiceProvider Services { get; }

    /// <summary>Builds the site; the database holds only the framework's tables, no feature is stored as enabled.</summary>
    public static async Task<UsersTestSite> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "helpdesk-users-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Helpdesk:DataPath"] = directory })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var catalog = ModuleCatalog.FromAssemblies(
        [
            typeof(Helpdesk.Users.Startup).Assembly,
            typeof(Helpdesk.Email.Startup).Assembly,
            typeof(Helpdesk.Setup.Startup).Assembly,
            Assembly.Load("Helpdesk.Tests.SampleModule"),
        ]);

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment
            {
                ApplicationName = "Helpdesk.Tests",
                EnvironmentName = Environments.Development,
                ContentRootPath = directory,
            })
            .AddLogging();
        services.AddHelpdeskData();
        services.AddHelpdeskInfrastructure(catalog, typeof(UsersTestSite).Assembly);
        services.AddModules(configuration, catalog);
        services.AddAuthorization();
        services.AddSingleton<IPermissionProvider, SamplePermissions>();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        provider.GetRequiredService<FeatureTypeMap>().Register(typeof(SamplePermissions), SampleFeatureId);
        await provider.InitializeDatabaseAsync();

        return new UsersTestSite(directory, provider);
    }

    public async Task EnableAsync(params string[] featureIds)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(featureIds);
    }

    public async Task DisableAsync(params string[] featureIds)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().DisableAsync(featureIds);
    }

    /// <summary>Creates a user with a confirmed address and <see cref="Password"/>, in the given roles.</summary>
    public async Task<User> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedUtc = DateTime.UtcNow };

        Succeeded(await users.CreateAsync(user, Password));
        if (roles.Length > 0)
        {
            Succeeded(await users.AddToRolesAsync(user, roles));
        }

        return user;
    }

    /// <summary>The principal the sign-in cookie would carry for the user.</summary>
    public async Task<ClaimsPrincipal> PrincipalOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");

        return await scope.ServiceProvider.GetRequiredService<SignInManager<User>>().CreateUserPrincipalAsync(user);
    }

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permissionName)
    {
        await using var scope = Services.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Authorization.IAuthorizationService>();

        return await authorization.HasPermissionAsync(user, new Permission(permissionName, ""));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
