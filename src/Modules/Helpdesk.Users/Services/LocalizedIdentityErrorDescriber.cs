using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Users.Services;

/// <summary>Identity's error messages in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), S["An unknown error occurred."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), S["Someone else changed this account meanwhile. Please reload and try again."]);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), S["The password is not correct."]);

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), S["The link is invalid or has expired."]);

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), S["The recovery code is not valid."]);

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), S["This external login already belongs to another account."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), S["The user name '{0}' is not valid.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), S["The e-mail address '{0}' is not valid.", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), S["An account with the e-mail address '{0}' already exists.", userName]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), S["An account with the e-mail address '{0}' already exists.", email]);

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), S["The role name '{0}' is not valid.", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), S["A role named '{0}' already exists.", role]);

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), S["This account already has a password."]);

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), S["This account cannot be locked."]);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), S["The user already has the role '{0}'.", role]);

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), S["The user does not have the role '{0}'.", role]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), S["The password must have at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), S["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), S["The password must contain at least one character that is neither a letter nor a digit."]);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), S["The password must contain at least one digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), S["The password must contain at least one lowercase letter (a-z)."]);

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), S["The password must contain at least one uppercase letter (A-Z)."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
