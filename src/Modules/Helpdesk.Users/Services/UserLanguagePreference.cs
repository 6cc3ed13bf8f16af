using System.Security.Claims;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Services;

/// <summary>Stores the picked language on the user and renews the sign-in cookie that carries it.</summary>
public sealed class UserLanguagePreference : IUserLanguagePreference
{
    private readonly UserManager<User> _users;
    private readonly SignInManager<User> _signIn;

    public UserLanguagePreference(UserManager<User> users, SignInManager<User> signIn)
    {
        _users = users;
        _signIn = signIn;
    }

    public async Task SaveAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken)
    {
        var account = await _users.GetUserAsync(user);
        if (account is null || account.Culture == culture)
        {
            return;
        }

        account.Culture = culture;
        await _users.UpdateAsync(account);
        await _signIn.RefreshSignInAsync(account);
    }
}
