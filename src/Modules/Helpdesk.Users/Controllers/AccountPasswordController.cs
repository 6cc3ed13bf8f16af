using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Helpdesk.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Controllers;

/// <summary>Forgot password, the reset link's page, and changing the password after signing in.</summary>
public sealed partial class AccountPasswordController : Controller
{
    private readonly UserManager<User> _users;
    private readonly SignInManager<User> _signIn;
    private readonly PasswordRecoveryQueue _recoveries;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;
    private readonly IdentityOptions _identity;
    private readonly ILogger<AccountPasswordController> _logger;

    public AccountPasswordController(
        UserManager<User> users,
        SignInManager<User> signIn,
        PasswordRecoveryQueue recoveries,
        ISiteService site,
        INotifier notifier,
        IOptions<IdentityOptions> identity,
        IStringLocalizer<AccountPasswordController> localizer,
        ILogger<AccountPasswordController> logger)
    {
        _users = users;
        _signIn = signIn;
        _recoveries = recoveries;
        _site = site;
        _notifier = notifier;
        _identity = identity.Value;
        _logger = logger;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("account/forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    // Every valid address gets the same answer at the same cost: the work is queued, never done here.
    [HttpPost("account/forgot-password")]
    [AllowAnonymous]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        await _recoveries.EnqueueAsync(model.Email.Trim(), SiteAddress.OriginOf(Request), cancellationToken);

        return View("ForgotPasswordSent", model);
    }

    [HttpGet(AccountLinks.PasswordResetPath)]
    [AllowAnonymous]
    public async Task<IActionResult> ResetPassword(string? userId, string? code)
    {
        var user = await ValidResetAsync(userId, code);
        if (user is null)
        {
            return await ExpiredAsync();
        }

        return View(new SetPasswordViewModel { UserId = user.Id, Code = code!, Email = user.Email });
    }

    [HttpPost(AccountLinks.PasswordResetPath)]
    [AllowAnonymous]
    public async Task<IActionResult> ResetPassword(SetPasswordViewModel model)
    {
        var user = await ValidResetAsync(model.UserId, model.Code);
        if (user is null)
        {
            return await ExpiredAsync();
        }

        model.Email = user.Email;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // The link proves the address, and whoever holds it may sign in again at once.
        user.EmailConfirmed = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await _users.ResetPasswordAsync(user, model.Code, model.NewPassword);
        if (!result.Succeeded)
        {
            AddErrors(nameof(SetPasswordViewModel.NewPassword), result);
            return View(model);
        }

        LogPasswordReset(user.Id);

        return View("ResetPasswordDone");
    }

    [HttpGet("account/password")]
    [Authorize]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("account/password")]
    [Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return View(ClearPasswords(model));
        }

        var result = await _users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            AddChangeErrors(result);
            return View(ClearPasswords(model));
        }

        // The new security stamp would sign this browser out at the next check; renew its cookie.
        await _signIn.RefreshSignInAsync(user);
        LogPasswordChanged(user.Id);
        _notifier.Success(S["Your password has been changed."]);

        return RedirectToAction(nameof(ChangePassword));
    }

    private async Task<User?> ValidResetAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code))
        {
            return null;
        }

        var user = await _users.FindByIdAsync(userId);
        var valid = user is not null && await _users.VerifyUserTokenAsync(
            user, _identity.Tokens.PasswordResetTokenProvider, UserManager<User>.ResetPasswordTokenPurpose, code);

        return valid ? user : null;
    }

    private void AddChangeErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? nameof(ChangePasswordViewModel.CurrentPassword)
                : nameof(ChangePasswordViewModel.NewPassword);
            ModelState.AddModelError(field, error.Description);
        }
    }

    private void AddErrors(string field, IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field, error.Description);
        }
    }

    // Passwords are never sent back to the browser in a page.
    private static ChangePasswordViewModel ClearPasswords(ChangePasswordViewModel model)
    {
        model.CurrentPassword = "";
        model.NewPassword = "";
        model.ConfirmPassword = "";

        return model;
    }

    private async Task<IActionResult> ExpiredAsync()
    {
        var site = await _site.FindSettingsAsync(HttpContext.RequestAborted);

        return View("ResetPasswordExpired", SupportContactViewModel.From(site));
    }

    [LoggerMessage(EventId = 3117, Level = LogLevel.Information, Message = "User {UserId} set a new password through a reset link")]
    private partial void LogPasswordReset(string userId);

    [LoggerMessage(EventId = 3118, Level = LogLevel.Information, Message = "User {UserId} changed their password")]
    private partial void LogPasswordChanged(string userId);
}
