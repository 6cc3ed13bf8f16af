using Helpdesk.Users.Models;
using Helpdesk.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Helpdesk.Users.Controllers;

/// <summary>Signing in with e-mail address and password, and signing out.</summary>
public sealed partial class AccountController : Controller
{
    private readonly SignInManager<User> _signIn;
    private readonly UserManager<User> _users;
    private readonly TimeProvider _clock;
    private readonly ILogger<AccountController> _logger;

    public AccountController(
        SignInManager<User> signIn,
        UserManager<User> users,
        TimeProvider clock,
        IStringLocalizer<AccountController> localizer,
        ILogger<AccountController> logger)
    {
        _signIn = signIn;
        _users = users;
        _clock = clock;
        _logger = logger;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl = null) =>
        View(new LoginViewModel { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        model.ReturnUrl = LocalOrNull(model.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await _users.FindByEmailAsync(model.Email);
        var result = await SignInAsync(user, model);
        if (result.Succeeded)
        {
            await RecordSignInAsync(user!);
            LogSignedIn(user!.Id);
            return LocalRedirect(model.ReturnUrl ?? "/");
        }

        ModelState.AddModelError("", await ReasonAsync(user, model.Password, result));
        model.Password = "";

        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await _signIn.SignOutAsync();

        return LocalRedirect("/");
    }

    private async Task<SignInResult> SignInAsync(User? user, LoginViewModel model)
    {
        if (user is null)
        {
            // Costs what checking a password costs, so the answer's timing does not tell either.
            _users.PasswordHasher.HashPassword(new User(), model.Password);
            return SignInResult.Failed;
        }

        return await _signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
    }

    private async Task RecordSignInAsync(User user)
    {
        user.LastSignInUtc = _clock.GetUtcNow().UtcDateTime;
        await _users.UpdateAsync(user);
    }

    // Identity answers "not allowed" before it looks at the password. That reason is told only
    // to someone who knows the password, or the form would reveal which addresses have accounts;
    // wrong guesses still count towards the lockout.
    private async Task<string> ReasonAsync(User? user, string password, SignInResult result)
    {
        if (user is null)
        {
            return WrongCredentials();
        }

        if (result.IsLockedOut || (result.IsNotAllowed && await _users.IsLockedOutAsync(user)))
        {
            return S["Your account is locked after too many failed attempts. Please try again in {0} minutes.", MinutesLocked(user)];
        }

        if (!result.IsNotAllowed)
        {
            return WrongCredentials();
        }

        if (!await _users.CheckPasswordAsync(user, password))
        {
            await _users.AccessFailedAsync(user);
            return WrongCredentials();
        }

        return S["This account may not sign in yet. Please use the link in your invitation e-mail or contact support."];
    }

    private string WrongCredentials() => S["The e-mail address or the password is not correct."];

    private int MinutesLocked(User user)
    {
        var remaining = (user.LockoutEnd ?? _clock.GetUtcNow()) - _clock.GetUtcNow();

        return Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes));
    }

    private string? LocalOrNull(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private partial void LogSignedIn(string userId);
}
