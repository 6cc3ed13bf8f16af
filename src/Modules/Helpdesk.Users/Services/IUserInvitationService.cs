using Helpdesk.Users.Models;

namespace Helpdesk.Users.Services;

/// <summary>Invites users to set their first password; how staff give customers access.</summary>
public interface IUserInvitationService
{
    /// <summary>
    /// E-mails the user a link that sets their password, valid for
    /// <see cref="UsersOptions.InvitationLifetime"/> and once. Links of earlier invitations stop working.
    /// </summary>
    Task InviteAsync(User user, CancellationToken cancellationToken = default);
}
