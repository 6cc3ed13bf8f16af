using Helpdesk.ContentManagement.Users;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Setup;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Handlers;
using Helpdesk.Users.Models;
using Helpdesk.Users.Recipes;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users;

public sealed class Startup : StartupBase
{
    public const string PasswordSection = "Helpdesk:Users:Password";
    public const string CookieName = ".Helpdesk.Auth";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IModelContributor, IdentityModelContributor>();
        services.AddSingleton<IModelContributor, PasswordRecoveryModelContributor>();
        services.AddSingleton<IPermissionProvider, Permissions>();

        services.AddIdentity<User, Role>(ConfigureIdentity)
            .AddEntityFrameworkStores<HelpdeskDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<HelpdeskUserClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddScoped<RolePermissionService>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<IFeatureEventHandler, BuiltInRolesHandler>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
        services.AddScoped<RecipeRolePlan>();
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<UserAccountService>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<IUserLookup, UserLookup>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<ISiteSetupHandler, AdministratorSetupHandler>();
        services.AddScoped<IUserLanguagePreference, UserLanguagePreference>();

        AddAccountLifecycle(services);
    }

    private void AddAccountLifecycle(IServiceCollection services)
    {
        services.AddOptions<UsersOptions>()
            .Bind(Configuration.GetSection(UsersOptions.SectionName))
            .Validate(o => o.InvitationLifetime > TimeSpan.Zero && o.PasswordResetLifetime > TimeSpan.Zero,
                "Helpdesk:Users:InvitationLifetime and PasswordResetLifetime must be positive.");
        services.AddOptions<InvitationTokenProviderOptions>()
            .Configure<IOptions<UsersOptions>>((options, users) =>
            {
                options.Name = InvitationTokenProvider.ProviderName;
                options.TokenLifespan = users.Value.InvitationLifetime;
            });
        services.AddOptions<PasswordResetTokenProviderOptions>()
            .Configure<IOptions<UsersOptions>>((options, users) =>
            {
                options.Name = PasswordResetTokenProvider.ProviderName;
                options.TokenLifespan = users.Value.PasswordResetLifetime;
            });

        services.AddHttpContextAccessor();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountMailer>();
        services.AddScoped<IUserInvitationService, UserInvitationService>();
        services.AddScoped<PasswordRecoveryService>();
        services.AddScoped<PasswordRecoveryQueue>();
        services.AddSingleton<PasswordRecoverySignal>();
        services.AddHostedService<PasswordRecoveryWorker>();
    }

    private void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        // The e-mail address is the user name; it is checked as an address, not by character.
        options.User.AllowedUserNameCharacters = "";
        options.SignIn.RequireConfirmedEmail = true;
        options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

        options.Password.RequiredLength = 8;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        Configuration.GetSection(PasswordSection).Bind(options.Password);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/login";
        options.LogoutPath = "/logout";
        options.AccessDeniedPath = "/error/403";
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromDays(14);

        // A signed-in user without the permission gets a plain 403, rendered by the host's
        // status-code pages, instead of a redirect that would hide the address they asked for.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
