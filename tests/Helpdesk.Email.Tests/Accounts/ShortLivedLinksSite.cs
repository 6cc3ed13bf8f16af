namespace Helpdesk.Email.Tests.Accounts;

/// <summary>An <see cref="AccountsSite"/> whose invitation and reset links expire after two seconds.</summary>
public sealed class ShortLivedLinksSite : AccountsSite
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    public ShortLivedLinksSite()
        : base(new Dictionary<string, string?>
        {
            ["Helpdesk:Users:InvitationLifetime"] = "00:00:02",
            ["Helpdesk:Users:PasswordResetLifetime"] = "00:00:02",
        })
    {
    }
}
