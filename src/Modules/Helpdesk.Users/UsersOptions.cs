namespace Helpdesk.Users;

/// <summary>How long account links stay valid, from the configuration section <c>Helpdesk:Users</c>.</summary>
public sealed class UsersOptions
{
    public const string SectionName = "Helpdesk:Users";

    /// <summary>How long the link in an invitation e-mail sets the first password.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the link in a "forgot password" e-mail sets a new password.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);
}
