namespace Helpdesk.Users.Recipes;

/// <summary>A user as written in the <c>users</c> recipe step; found by e-mail address.</summary>
public sealed class UserEntry
{
    public string? Email { get; set; }

    /// <summary>The name shown to others; the e-mail address when left out for a new user, kept for an existing one.</summary>
    public string? DisplayName { get; set; }

    /// <summary><c>de</c> or <c>en</c>; left out, a new user has none yet and an existing one keeps theirs.</summary>
    public string? Culture { get; set; }

    /// <summary>Replaces the user's roles; left out, they stay as they are.</summary>
    public List<string>? Roles { get; set; }

    /// <summary>Sets the password; left out, a new user has none until they accept an invitation.</summary>
    public string? Password { get; set; }

    /// <summary>Only <c>false</c> is accepted: recipes send no invitations (see <see cref="UsersStep"/>).</summary>
    public bool Invite { get; set; }
}
