using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Services;

/// <summary>
/// Creates, changes, locks and deletes accounts for staff and recipes. Each change runs in one
/// transaction (or the caller's) and is refused as a whole when it would leave the site without
/// an active administrator (see <see cref="AdministratorGuard"/>).
/// </summary>
public sealed partial class UserAccountService
{
    /// <summary>The error code of a change refused because it concerns the last administrator.</summary>
    public const string LastAdministratorCode = "LastAdministrator";

    /// <summary>How long an administrator's lock lasts: until they are unlocked.</summary>
    public static readonly DateTimeOffset LockedByAdministrator = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private readonly UserManager<User> _users;
    private readonly HelpdeskDbContext _db;
    private readonly AdministratorGuard _guard;
    private readonly ILogger<UserAccountService> _logger;

    public UserAccountService(
        UserManager<User> users,
        HelpdeskDbContext db,
        AdministratorGuard guard,
        IStringLocalizer<UserAccountService> localizer,
        ILogger<UserAccountService> logger)
    {
        _users = users;
        _db = db;
        _guard = guard;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    /// <summary>True when the administrator's lock is on, rather than one after failed sign-ins.</summary>
    public static bool IsLockedByAdministrator(User user) =>
        user.LockoutEnd is { } end && end >= LockedByAdministrator;

    /// <summary>Creates the account; without a password the user sets one through an invitation.</summary>
    public Task<IdentityResult> CreateAsync(User user, IReadOnlyCollection<string> roles, string? password) =>
        InTransactionAsync(async () =>
        {
            var created = password is null ? await _users.CreateAsync(user) : await _users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created;
            }

            var result = roles.Count == 0 ? created : await _users.AddToRolesAsync(user, roles);
            if (result.Succeeded)
            {
                LogCreated(user.Id);
            }

            return result;
        });

    /// <summary>Changes name, address and language, and sets exactly these roles when given.</summary>
    public Task<IdentityResult> UpdateAsync(User user, UserProfile profile, IReadOnlyCollection<string>? roles) =>
        InTransactionAsync(async () =>
        {
            if (roles is not null && !roles.Contains(BuiltInRoles.Administrator, StringComparer.OrdinalIgnoreCase)
                && await _guard.IsLastAdministratorAsync(user))
            {
                return LastAdministrator(S["This is the last administrator: the Administrator role cannot be taken away. Make another user an administrator first."]);
            }

            Apply(user, profile);
            var updated = await _users.UpdateAsync(user);
            if (!updated.Succeeded || roles is null)
            {
                return updated;
            }

            return await SetRolesAsync(user, roles);
        });

    /// <summary>Locks the account until it is unlocked and ends the user's sessions.</summary>
    public Task<IdentityResult> LockAsync(User user) =>
        InTransactionAsync(async () =>
        {
            if (await _guard.IsLastAdministratorAsync(user))
            {
                return LastAdministrator(S["This is the last administrator: the account cannot be locked. Make another user an administrator first."]);
            }

            var result = await _users.SetLockoutEnabledAsync(user, true);
            result = result.Succeeded ? await _users.SetLockoutEndDateAsync(user, LockedByAdministrator) : result;
            // A new security stamp makes the sign-in cookies the user holds invalid.
            result = result.Succeeded ? await _users.UpdateSecurityStampAsync(user) : result;
            if (result.Succeeded)
            {
                LogLocked(user.Id);
            }

            return result;
        });

    /// <summary>Lifts a lock, whether set by an administrator or after failed sign-ins.</summary>
    public Task<IdentityResult> UnlockAsync(User user) =>
        InTransactionAsync(async () =>
        {
            var result = await _users.SetLockoutEndDateAsync(user, null);
            result = result.Succeeded ? await _users.ResetAccessFailedCountAsync(user) : result;
            if (result.Succeeded)
            {
                LogUnlocked(user.Id);
            }

            return result;
        });

    public Task<IdentityResult> DeleteAsync(User user) =>
        InTransactionAsync(async () =>
        {
            if (await _guard.IsLastAdministratorAsync(user))
            {
                return LastAdministrator(S["This is the last administrator: the account cannot be deleted. Make another user an administrator first."]);
            }

            var result = await _users.DeleteAsync(user);
            if (result.Succeeded)
            {
                LogDeleted(user.Id);
            }

            return result;
        });

    private static void Apply(User user, UserProfile profile)
    {
        user.DisplayName = profile.DisplayName;
        user.Culture = profile.Culture;
        user.Email = profile.Email;
        // The e-mail address is the user name; UpdateAsync normalises and checks both.
        user.UserName = profile.Email;
    }

    private async Task<IdentityResult> SetRolesAsync(User user, IReadOnlyCollection<string> roles)
    {
        var current = await _users.GetRolesAsync(user);
        var removed = current.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
        var added = roles.Except(current, StringComparer.OrdinalIgnoreCase).ToList();

        var result = removed.Count == 0 ? IdentityResult.Success : await _users.RemoveFromRolesAsync(user, removed);
        if (result.Succeeded && added.Count > 0)
        {
            result = await _users.AddToRolesAsync(user, added);
        }

        return result;
    }

    private async Task<IdentityResult> InTransactionAsync(Func<Task<IdentityResult>> change)
    {
        if (_db.Database.CurrentTransaction is not null)
        {
            return await change();
        }

        await using var transaction = await _db.Database.BeginTransactionAsync();
        var result = await change();
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
            _db.ChangeTracker.Clear();
        }

        return result;
    }

    private static IdentityResult LastAdministrator(string description) =>
        IdentityResult.Failed(new IdentityError { Code = LastAdministratorCode, Description = description });

    [LoggerMessage(EventId = 3130, Level = LogLevel.Information, Message = "User {UserId} created")]
    private partial void LogCreated(string userId);

    [LoggerMessage(EventId = 3131, Level = LogLevel.Information, Message = "User {UserId} locked by an administrator")]
    private partial void LogLocked(string userId);

    [LoggerMessage(EventId = 3132, Level = LogLevel.Information, Message = "User {UserId} unlocked")]
    private partial void LogUnlocked(string userId);

    [LoggerMessage(EventId = 3133, Level = LogLevel.Information, Message = "User {UserId} deleted")]
    private partial void LogDeleted(string userId);
}
