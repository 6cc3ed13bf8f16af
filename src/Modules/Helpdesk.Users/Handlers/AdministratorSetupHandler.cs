using Helpdesk.Infrastructure.Setup;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Users.Handlers;

/// <summary>Checks the administrator's e-mail address and password at setup, then creates the account.</summary>
public sealed class AdministratorSetupHandler : ISiteSetupHandler
{
    public const string EmailField = "AdminEmail";
    public const string PasswordField = "AdminPassword";

    private readonly UserManager<User> _users;
    private readonly TimeProvider _clock;

    public AdministratorSetupHandler(
        UserManager<User> users,
        TimeProvider clock,
        IStringLocalizer<AdministratorSetupHandler> localizer)
    {
        _users = users;
        _clock = clock;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task ValidateAsync(SiteSetupContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(context.AdminEmail))
        {
            context.AddError(EmailField, S["The e-mail address is required."]);
        }
        else if (!EmailAddress.IsValid(context.AdminEmail))
        {
            context.AddError(EmailField, S["Enter a valid e-mail address, e.g. anna@example.com."]);
        }

        if (string.IsNullOrEmpty(context.AdminPassword))
        {
            context.AddError(PasswordField, S["The password is required."]);
            return;
        }

        var candidate = NewAdministrator(context);
        foreach (var validator in _users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(_users, candidate, context.AdminPassword);
            foreach (var error in result.Errors)
            {
                context.AddError(PasswordField, error.Description);
            }
        }
    }

    public async Task SetupAsync(SiteSetupContext context, CancellationToken cancellationToken)
    {
        var administrator = NewAdministrator(context);

        var created = await _users.CreateAsync(administrator, context.AdminPassword);
        if (!created.Succeeded)
        {
            AddErrors(context, created);
            return;
        }

        AddErrors(context, await _users.AddToRoleAsync(administrator, BuiltInRoles.Administrator));
    }

    private User NewAdministrator(SiteSetupContext context) => new()
    {
        UserName = context.AdminEmail,
        Email = context.AdminEmail,
        EmailConfirmed = true,
        DisplayName = "Administrator",
        Culture = context.Language,
        CreatedUtc = _clock.GetUtcNow().UtcDateTime,
    };

    private static void AddErrors(SiteSetupContext context, IdentityResult result)
    {
        // The e-mail address is also the user name, so Identity reports a taken address twice.
        foreach (var error in result.Errors.DistinctBy(e => e.Description))
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : EmailField;
            context.AddError(field, error.Description);
        }
    }
}
