using System.Collections.Frozen;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Users.Services;

/// <summary>
/// Refuses passwords that are easy to guess for this user: one that contains the local part of
/// their e-mail address, or one of the most common passwords, also with digits or symbols added
/// at the end ("Passwort123!").
/// </summary>
public sealed class GuessablePasswordValidator : IPasswordValidator<User>
{
    // Local parts as short as "a" or "it" occur inside many good passwords.
    private const int ShortestLocalPartChecked = 3;

    // NOTE: a short list of the most used passwords in German- and English-speaking countries;
    // a full breach corpus would need a data file and a lookup service, which is more than this
    // product needs while the length and digit rules stay on.
    private static readonly FrozenSet<string> CommonPasswords = new[]
    {
        "123456", "1234567", "12345678", "123456789", "1234567890", "0123456789", "111111", "11111111",
        "000000", "00000000", "123123", "654321", "987654321", "121212", "112233", "123321", "abc123",
        "abcdef", "abcd1234", "password", "passwort", "passw0rd", "kennwort", "qwerty", "qwertz",
        "qwertzuiop", "qwertyuiop", "asdfgh", "asdfghjkl", "yxcvbnm", "zxcvbnm", "1q2w3e4r", "1qaz2wsx",
        "letmein", "welcome", "willkommen", "hallo", "iloveyou", "ichliebedich", "schatz", "sommer",
        "sonne", "fussball", "football", "dragon", "monkey", "master", "login", "admin", "administrator",
        "helpdesk", "support", "changeme", "trustno1", "sunshine", "princess", "starwars", "schalke04",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public GuessablePasswordValidator(IStringLocalizer<GuessablePasswordValidator> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (ContainsLocalPart(user.Email, password))
        {
            errors.Add(Error("PasswordContainsEmail", S["The password must not contain your e-mail address."]));
        }

        if (IsCommon(password))
        {
            errors.Add(Error("PasswordTooCommon", S["This password is one of the most common ones. Please choose one that is harder to guess."]));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool ContainsLocalPart(string? email, string password)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at < ShortestLocalPartChecked)
        {
            return false;
        }

        return password.Contains(email![..at], StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCommon(string password)
    {
        var stem = password.TrimEnd("0123456789!?.,;:-_#*+$%&@ ".ToCharArray());

        return CommonPasswords.Contains(password) || (stem.Length > 0 && CommonPasswords.Contains(stem));
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
