using System.Text.Json;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Recipes;

/// <summary>
/// Creates or updates users, found by e-mail address:
/// <c>{ "name": "users", "users": [ { "email": "anna@example.com", "displayName": "Anna Berg", "culture": "de", "roles": ["Agent"], "password": "..." } ] }</c>.
/// </summary>
/// <remarks>
/// Recipes send no invitations: <c>"invite": true</c> is refused, and a user created without a
/// password is invited from their page in the admin. A password given here lets the user sign in
/// at once, so their address counts as confirmed. Every entry is checked before any is saved.
/// </remarks>
public sealed partial class UsersStep : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly UserManager<User> _users;
    private readonly RoleManager<Role> _roles;
    private readonly UserAccountService _accounts;
    private readonly AdministratorGuard _guard;
    private readonly RecipeRolePlan _plannedRoles;
    private readonly TimeProvider _clock;
    private readonly ILogger<UsersStep> _logger;

    public UsersStep(
        UserManager<User> users,
        RoleManager<Role> roles,
        UserAccountService accounts,
        AdministratorGuard guard,
        RecipeRolePlan plannedRoles,
        TimeProvider clock,
        ILogger<UsersStep> logger)
    {
        _users = users;
        _roles = roles;
        _accounts = accounts;
        _guard = guard;
        _plannedRoles = plannedRoles;
        _clock = clock;
        _logger = logger;
    }

    public string StepName => "users";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context);
        if (entries is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            await ValidateAsync(context, entries[i], i + 1, seen);
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context) ?? throw new RecipeException(string.Join(" ", context.Errors));

        foreach (var entry in entries)
        {
            var email = entry.Email!;
            var user = await _users.FindByEmailAsync(email);
            var result = user is null ? await CreateAsync(entry) : await UpdateAsync(user, entry);
            if (!result.Succeeded)
            {
                throw new RecipeException(
                    $"User '{email}' could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description).Distinct())}");
            }

            LogUserSaved(email, context.RecipeFileName);
        }
    }

    private async Task ValidateAsync(RecipeStepContext context, UserEntry entry, int position, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(entry.Email))
        {
            context.Errors.Add($"User {position} has no e-mail address.");
            return;
        }

        if (!EmailAddress.IsValid(entry.Email))
        {
            context.Errors.Add($"User {position}: '{entry.Email}' is not a valid e-mail address.");
            return;
        }

        var errors = new List<string>();
        if (!seen.Add(entry.Email))
        {
            errors.Add("it is listed more than once.");
        }

        ValidateProfile(entry, errors);
        await ValidateRolesAsync(context.RecipeFileName, entry, errors);
        await ValidatePasswordAsync(entry, errors);
        await ValidateLastAdministratorAsync(entry, errors);

        context.Errors.AddRange(errors.Select(error => $"User '{entry.Email}': {error}"));
    }

    private static void ValidateProfile(UserEntry entry, List<string> errors)
    {
        if (entry.DisplayName?.Length > UsersTables.DisplayNameLength)
        {
            errors.Add($"the display name is longer than {UsersTables.DisplayNameLength} characters.");
        }

        if (entry.Culture is not null && !SupportedCultures.IsSupported(entry.Culture))
        {
            errors.Add($"the culture '{entry.Culture}' is not supported; use 'de' or 'en'.");
        }

        if (entry.Invite)
        {
            errors.Add("recipes send no invitations; leave out 'invite' and send the invitation from the user's page in the admin.");
        }
    }

    private async Task ValidateRolesAsync(string recipeFileName, UserEntry entry, List<string> errors)
    {
        foreach (var role in entry.Roles ?? [])
        {
            if (RoleKinds.IsImplicit(role))
            {
                errors.Add($"the role '{role}' applies to everybody by itself and cannot be given to a user.");
            }
            else if (!await _roles.RoleExistsAsync(role) && !_plannedRoles.Contains(recipeFileName, role))
            {
                errors.Add($"the role '{role}' does not exist.");
            }
        }
    }

    private async Task ValidatePasswordAsync(UserEntry entry, List<string> errors)
    {
        if (entry.Password is null)
        {
            return;
        }

        var candidate = await _users.FindByEmailAsync(entry.Email!) ?? new User { UserName = entry.Email, Email = entry.Email };
        foreach (var validator in _users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(_users, candidate, entry.Password);
            errors.AddRange(result.Errors.Select(error => error.Description));
        }
    }

    private async Task ValidateLastAdministratorAsync(UserEntry entry, List<string> errors)
    {
        if (entry.Roles is null || entry.Roles.Contains(BuiltInRoles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var user = await _users.FindByEmailAsync(entry.Email!);
        if (user is not null && await _guard.IsLastAdministratorAsync(user))
        {
            errors.Add("this is the last administrator, who must keep the Administrator role.");
        }
    }

    private async Task<IdentityResult> CreateAsync(UserEntry entry)
    {
        var email = entry.Email!;
        var user = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = entry.Password is not null,
            DisplayName = string.IsNullOrWhiteSpace(entry.DisplayName) ? email : entry.DisplayName.Trim(),
            Culture = entry.Culture ?? "",
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };

        return await _accounts.CreateAsync(user, entry.Roles ?? [], entry.Password);
    }

    private async Task<IdentityResult> UpdateAsync(User user, UserEntry entry)
    {
        var profile = new UserProfile(
            string.IsNullOrWhiteSpace(entry.DisplayName) ? user.DisplayName : entry.DisplayName.Trim(),
            user.Email!,
            entry.Culture ?? user.Culture);

        var updated = await _accounts.UpdateAsync(user, profile, entry.Roles);
        if (!updated.Succeeded || entry.Password is null)
        {
            return updated;
        }

        return await SetPasswordAsync(user, entry.Password);
    }

    private async Task<IdentityResult> SetPasswordAsync(User user, string password)
    {
        if (await _users.HasPasswordAsync(user))
        {
            var removed = await _users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        var added = await _users.AddPasswordAsync(user, password);
        if (!added.Succeeded || user.EmailConfirmed)
        {
            return added;
        }

        user.EmailConfirmed = true;

        return await _users.UpdateAsync(user);
    }

    private static List<UserEntry>? Read(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
        {
            context.Errors.Add("The step needs a 'users' list.");
            return null;
        }

        try
        {
            return users.Deserialize<List<UserEntry>>(JsonOptions) ?? [];
        }
        catch (JsonException exception)
        {
            context.Errors.Add($"The 'users' list is malformed: {exception.Message}");
            return null;
        }
    }

    [LoggerMessage(EventId = 3137, Level = LogLevel.Information, Message = "User {Email} saved by recipe {Recipe}")]
    private partial void LogUserSaved(string email, string recipe);
}
