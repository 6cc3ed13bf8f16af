using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Helpdesk.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Users.Controllers;

/// <summary>
/// The users list and editor. Accounts are created without a password: the user sets one through
/// the invitation sent from the edit page.
/// </summary>
[Admin]
[RequirePermission(Permissions.ManageUsersName)]
[Route("admin/users")]
public sealed class UsersController : Controller
{
    private const int PageSize = 25;

    private readonly UserManager<User> _users;
    private readonly SignInManager<User> _signIn;
    private readonly RoleManager<Role> _roles;
    private readonly UserDirectory _directory;
    private readonly UserAccountService _accounts;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;
    private readonly TimeProvider _clock;

    public UsersController(
        UserManager<User> users,
        SignInManager<User> signIn,
        RoleManager<Role> roles,
        UserDirectory directory,
        UserAccountService accounts,
        ISiteService site,
        INotifier notifier,
        TimeProvider clock,
        IStringLocalizer<UsersController> localizer)
    {
        _users = users;
        _signIn = signIn;
        _roles = roles;
        _directory = directory;
        _accounts = accounts;
        _site = site;
        _notifier = notifier;
        _clock = clock;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, string? role, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = new UserListViewModel
        {
            Page = await _directory.ListAsync(search, role, page, PageSize, cancellationToken),
            Search = search,
            RoleId = string.IsNullOrEmpty(role) ? null : role,
            Roles = await AssignableRolesAsync(cancellationToken),
            TimeZone = await TimeZoneAsync(cancellationToken),
            Now = _clock.GetUtcNow(),
        };

        return View(model);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var settings = await _site.FindSettingsAsync(cancellationToken);
        var model = new UserEditViewModel { Culture = settings?.DefaultLanguage ?? "de" };

        return await EditViewAsync(model, null, cancellationToken);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserEditViewModel model, CancellationToken cancellationToken)
    {
        await ValidateAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(model, null, cancellationToken);
        }

        var user = new User
        {
            UserName = model.Email.Trim(),
            Email = model.Email.Trim(),
            DisplayName = model.DisplayName.Trim(),
            Culture = model.Culture,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        var created = await _accounts.CreateAsync(user, model.Roles, password: null);
        if (!created.Succeeded)
        {
            AddErrors(created);
            return await EditViewAsync(model, null, cancellationToken);
        }

        _notifier.Success(S["The user {0} was created. Send the invitation so they can set a password.", user.DisplayName]);

        return RedirectToAction(nameof(Edit), new { id = user.Id });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = new UserEditViewModel
        {
            DisplayName = user.DisplayName,
            Email = user.Email ?? "",
            Culture = user.Culture,
            Roles = [.. await _users.GetRolesAsync(user)],
            ConcurrencyStamp = user.ConcurrencyStamp,
        };

        return await EditViewAsync(model, user, cancellationToken);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await ValidateAsync(model, cancellationToken);
        if (StaleEdit.IsRefused(ModelState, model.ConcurrencyStamp, user.ConcurrencyStamp, S["Someone else changed this user in the meantime. Your entries are kept: check them and save again to replace the other changes."]))
        {
            model.ConcurrencyStamp = user.ConcurrencyStamp;
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(model, user, cancellationToken);
        }

        var profile = new UserProfile(model.DisplayName.Trim(), model.Email.Trim(), model.Culture);
        var updated = await _accounts.UpdateAsync(user, profile, model.Roles);
        if (!updated.Succeeded)
        {
            AddErrors(updated);
            return await EditViewAsync(model, await _users.FindByIdAsync(id) ?? user, cancellationToken);
        }

        // Someone changing their own roles or language sees the change on the next page.
        if (IsCurrentUser(user))
        {
            await _signIn.RefreshSignInAsync(user);
        }

        _notifier.Success(S["The user {0} was saved.", user.DisplayName]);

        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/lock")]
    public Task<IActionResult> Lock(string id) =>
        ChangeAsync(
            id,
            S["You cannot lock your own account."],
            _accounts.LockAsync,
            user => S["The user {0} is locked and can no longer sign in.", user.DisplayName]);

    [HttpPost("{id}/unlock")]
    public Task<IActionResult> Unlock(string id) =>
        ChangeAsync(
            id,
            selfRefusal: null,
            _accounts.UnlockAsync,
            user => S["The user {0} is unlocked and can sign in again.", user.DisplayName]);

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsCurrentUser(user))
        {
            _notifier.Error(S["You cannot delete your own account."]);
            return RedirectToAction(nameof(Edit), new { id });
        }

        var deleted = await _accounts.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            _notifier.Error(Describe(deleted));
            return RedirectToAction(nameof(Edit), new { id });
        }

        _notifier.Success(S["The user {0} was deleted.", user.DisplayName]);

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ChangeAsync(
        string id,
        LocalizedString? selfRefusal,
        Func<User, Task<IdentityResult>> change,
        Func<User, string> success)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (selfRefusal is not null && IsCurrentUser(user))
        {
            _notifier.Error(selfRefusal);
            return RedirectToAction(nameof(Edit), new { id });
        }

        var result = await change(user);
        if (result.Succeeded)
        {
            _notifier.Success(success(user));
        }
        else
        {
            _notifier.Error(Describe(result));
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task ValidateAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(model.Email) && !EmailAddress.IsValid(model.Email.Trim()))
        {
            ModelState.AddModelError(nameof(UserEditViewModel.Email), S["Enter a valid e-mail address, e.g. anna@example.com."]);
        }

        var assignable = (await AssignableRolesAsync(cancellationToken)).Select(role => role.Name!).ToList();
        var unknown = model.Roles.Where(name => !assignable.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(UserEditViewModel.Roles), S["This role does not exist: {0}", string.Join(", ", unknown)]);
        }

        model.Roles = model.Roles
            .Select(name => assignable.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)) ?? name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private void AddErrors(IdentityResult result)
    {
        // The e-mail address is also the user name, so Identity reports a taken address twice.
        foreach (var error in result.Errors.DistinctBy(e => e.Description))
        {
            ModelState.AddModelError(FieldOf(error), error.Description);
        }
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        UserAccountService.LastAdministratorCode => nameof(UserEditViewModel.Roles),
        "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => nameof(UserEditViewModel.Email),
        _ => "",
    };

    private static string Describe(IdentityResult result) =>
        string.Join(" ", result.Errors.Select(e => e.Description).Distinct());

    private bool IsCurrentUser(User user) => _users.GetUserId(User) == user.Id;

    private async Task<IActionResult> EditViewAsync(UserEditViewModel model, User? user, CancellationToken cancellationToken)
    {
        model.Id = user?.Id;
        model.AssignableRoles = (await AssignableRolesAsync(cancellationToken)).Select(role => role.Name!).ToList();
        model.Status = user is null ? null : await StatusAsync(user, cancellationToken);

        return View("Edit", model);
    }

    private async Task<UserStatusViewModel> StatusAsync(User user, CancellationToken cancellationToken)
    {
        var zone = await TimeZoneAsync(cancellationToken);
        var lockedOut = await _users.IsLockedOutAsync(user);

        return new UserStatusViewModel
        {
            HasPassword = user.PasswordHash is not null,
            IsLockedOut = lockedOut,
            IsLockedByAdministrator = lockedOut && UserAccountService.IsLockedByAdministrator(user),
            LockedUntil = lockedOut && !UserAccountService.IsLockedByAdministrator(user) && user.LockoutEnd is { } end
                ? TimeZoneInfo.ConvertTimeFromUtc(end.UtcDateTime, zone)
                : null,
            LastSignIn = user.LastSignInUtc is { } signIn ? TimeZoneInfo.ConvertTimeFromUtc(signIn, zone) : null,
            InvitedOn = user.InvitationSentUtc is { } invited ? TimeZoneInfo.ConvertTimeFromUtc(invited, zone) : null,
            Created = TimeZoneInfo.ConvertTimeFromUtc(user.CreatedUtc, zone),
            IsCurrentUser = IsCurrentUser(user),
        };
    }

    private async Task<IReadOnlyList<Role>> AssignableRolesAsync(CancellationToken cancellationToken)
    {
        var roles = await _roles.Roles.ToListAsync(cancellationToken);

        return RoleKinds.InListOrder(roles.Where(role => !RoleKinds.IsImplicit(role.Name))).ToList();
    }

    private async Task<TimeZoneInfo> TimeZoneAsync(CancellationToken cancellationToken)
    {
        var site = await _site.FindSettingsAsync(cancellationToken);

        return site is not null && TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
