using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Helpdesk.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Controllers;

/// <summary>Staff send invitations; the invited person follows the link and sets their first password.</summary>
public sealed partial class AccountInvitationController : Controller
{
    private readonly UserManager<User> _users;
    private readonly SignInManager<User> _signIn;
    private readonly IUserInvitationService _invitations;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;
    private readonly ILogger<AccountInvitationController> _logger;

    public AccountInvitationController(
        UserManager<User> users,
        SignInManager<User> signIn,
        IUserInvitationService invitations,
        ISiteService site,
        INotifier notifier,
        IStringLocalizer<AccountInvitationController> localizer,
        ILogger<AccountInvitationController> logger)
    {
        _users = users;
        _signIn = signIn;
        _invitations = invitations;
        _site = site;
        _notifier = notifier;
        _logger = logger;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpPost("admin/users/{id}/invitation")]
    [Admin]
    [RequirePermission("ManageUsers")]
    public async Task<IActionResult> Send(string id, string? returnUrl, CancellationToken cancellationToken)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await _invitations.InviteAsync(user, cancellationToken);
        _notifier.Success(S["An invitation was sent to {0}.", user.Email!]);

        var back = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin/users/" + Uri.EscapeDataString(id);

        return LocalRedirect(back);
    }

    [HttpGet(AccountLinks.InvitationPath)]
    [AllowAnonymous]
    public async Task<IActionResult> Accept(string? userId, string? code)
    {
        var user = await ValidInvitationAsync(userId, code);
        if (user is null)
        {
            return await ExpiredAsync();
        }

        return View(new SetPasswordViewModel { UserId = user.Id, Code = code!, Email = user.Email });
    }

    [HttpPost(AccountLinks.InvitationPath)]
    [AllowAnonymous]
    public async Task<IActionResult> Accept(SetPasswordViewModel model)
    {
        var user = await ValidInvitationAsync(model.UserId, model.Code);
        if (user is null)
        {
            return await ExpiredAsync();
        }

        model.Email = user.Email;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await SetFirstPasswordAsync(user, model.NewPassword);
        if (!result.Succeeded)
        {
            AddPasswordErrors(result);
            return View(model);
        }

        await _signIn.SignInAsync(user, isPersistent: false);
        LogAccepted(user.Id);
        _notifier.Success(S["Your password is set and you are signed in. Welcome!"]);

        return LocalRedirect("/");
    }

    private async Task<User?> ValidInvitationAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code))
        {
            return null;
        }

        var user = await _users.FindByIdAsync(userId);
        var valid = user is not null && await _users.VerifyUserTokenAsync(
            user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, code);

        return valid ? user : null;
    }

    // The invitation proves the address. Setting the password through a reset replaces one that
    // might exist already and renews the security stamp, which is what makes the link work once.
    private async Task<IdentityResult> SetFirstPasswordAsync(User user, string password)
    {
        user.EmailConfirmed = true;
        var resetCode = await _users.GeneratePasswordResetTokenAsync(user);

        return await _users.ResetPasswordAsync(user, resetCode, password);
    }

    private void AddPasswordErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(SetPasswordViewModel.NewPassword), error.Description);
        }
    }

    private async Task<IActionResult> ExpiredAsync()
    {
        var site = await _site.FindSettingsAsync(HttpContext.RequestAborted);

        return View("Expired", SupportContactViewModel.From(site));
    }

    [LoggerMessage(EventId = 3116, Level = LogLevel.Information, Message = "User {UserId} accepted their invitation and set a password")]
    private partial void LogAccepted(string userId);
}
