using System.Security.Claims;

namespace Helpdesk.Infrastructure.Identity;

/// <summary>What the themes show of the person signed in, read from the sign-in cookie's claims.</summary>
public static class SignedInUser
{
    /// <summary>The claim that carries the user's display name ("Jürgen Öztürk").</summary>
    public const string DisplayNameClaimType = "helpdesk:display_name";

    public static string? EmailOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name;

    /// <summary>The display name, or the e-mail address for a user without one.</summary>
    public static string? NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaimType) is { Length: > 0 } name ? name : EmailOf(user);
}
