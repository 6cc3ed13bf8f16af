using System.Globalization;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Setup;
using Helpdesk.Modularity.Security;
using Helpdesk.Users;
using Helpdesk.Users.Handlers;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

public sealed class AdministratorSetupHandlerTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await UsersTestSite.CreateAsync();
        await _site.EnableAsync(UsersFeature.Id);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ValidationKeysLocalisedErrorsByField()
    {
        var context = Context("anna@", "short");

        await WithCultureAsync(SupportedCultures.German, () => ValidateAsync(context));

        Assert.Equal(["Geben Sie eine gültige E-Mail-Adresse ein, z. B. anna@example.com."], context.Errors["AdminEmail"]);
        Assert.Equal(
            ["Das Kennwort muss mindestens 8 Zeichen lang sein.", "Das Kennwort muss mindestens eine Ziffer (0–9) enthalten."],
            context.Errors["AdminPassword"]);
    }

    [Fact]
    public async Task PasswordRulesComeFromConfiguration()
    {
        await using var strict = await UsersTestSite.CreateAsync(new Dictionary<string, string?>
        {
            ["Helpdesk:Users:Password:RequiredLength"] = "12",
            ["Helpdesk:Users:Password:RequireUppercase"] = "true",
        });
        await using var scope = strict.Services.CreateAsyncScope();
        var context = Context("anna@example.com", "secret123");

        await WithCultureAsync(SupportedCultures.English, () => Handler(scope.ServiceProvider).ValidateAsync(context, CancellationToken.None));

        Assert.Equal(
            ["The password must have at least 12 characters.", "The password must contain at least one uppercase letter (A-Z)."],
            context.Errors["AdminPassword"]);
    }

    [Fact]
    public async Task SetupCreatesAConfirmedAdministratorInTheSiteLanguage()
    {
        var context = Context("anna@example.com", "secret123");

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await Handler(scope.ServiceProvider).SetupAsync(context, CancellationToken.None);
        }

        Assert.Empty(context.Errors);
        await using var check = _site.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<User>>();
        var admin = await users.FindByEmailAsync("anna@example.com");
        Assert.NotNull(admin);
        Assert.True(admin.EmailConfirmed);
        Assert.Equal(SupportedCultures.German, admin.Culture);
        Assert.True(await users.IsInRoleAsync(admin, BuiltInRoles.Administrator));
        var signIn = await check.ServiceProvider.GetRequiredService<SignInManager<User>>().CheckPasswordSignInAsync(admin, "secret123", false);
        Assert.True(signIn.Succeeded);
        var principal = await _site.PrincipalOfAsync("anna@example.com");
        Assert.Equal(SupportedCultures.German, principal.FindFirst(UserCultureProvider.ClaimType)?.Value);
    }

    private async Task ValidateAsync(SiteSetupContext context)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        await Handler(scope.ServiceProvider).ValidateAsync(context, CancellationToken.None);
    }

    private static AdministratorSetupHandler Handler(IServiceProvider services) =>
        services.GetServices<ISiteSetupHandler>().OfType<AdministratorSetupHandler>().Single();

    private static SiteSetupContext Context(string email, string password) => new()
    {
        SiteName = "Acme Support",
        AdminEmail = email,
        AdminPassword = password,
        Language = SupportedCultures.German,
    };

    private static async Task WithCultureAsync(string culture, Func<Task> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
