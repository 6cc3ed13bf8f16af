namespace Helpdesk.Users.ViewModels;

/// <summary>What the user edit page tells about an existing account, times in the site's time zone.</summary>
public sealed class UserStatusViewModel
{
    public required bool HasPassword { get; init; }

    public required bool IsLockedOut { get; init; }

    /// <summary>True for a lock an administrator set, false for one after failed sign-ins.</summary>
    public required bool IsLockedByAdministrator { get; init; }

    public DateTime? LockedUntil { get; init; }

    public DateTime? LastSignIn { get; init; }

    /// <summary>When the latest invitation was sent; kept after the user set their password.</summary>
    public DateTime? InvitedOn { get; init; }

    public required DateTime Created { get; init; }

    /// <summary>The signed-in administrator looks at their own account.</summary>
    public required bool IsCurrentUser { get; init; }
}
