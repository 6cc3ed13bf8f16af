using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Services;

/// <summary>
/// Answers a "forgot password" request: a reset link to an account with a password; to an
/// account without one (invited, never accepted) the support contact, and a notice to support.
/// An address without an account gets nothing.
/// </summary>
public sealed partial class PasswordRecoveryService
{
    private readonly UserManager<User> _users;
    private readonly AccountLinks _links;
    private readonly AccountMailer _mailer;
    private readonly TimeProvider _clock;
    private readonly UsersOptions _options;
    private readonly ILogger<PasswordRecoveryService> _logger;

    public PasswordRecoveryService(
        UserManager<User> users,
        AccountLinks links,
        AccountMailer mailer,
        TimeProvider clock,
        IOptions<UsersOptions> options,
        ILogger<PasswordRecoveryService> logger)
    {
        _users = users;
        _links = links;
        _mailer = mailer;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    public async Task HandleAsync(PasswordRecoveryRequest request, CancellationToken cancellationToken)
    {
        var user = await _users.FindByEmailAsync(request.Email);
        if (user is null)
        {
            LogUnknownAddress();
            return;
        }

        if (await _users.HasPasswordAsync(user))
        {
            await SendResetLinkAsync(user, request.RequestOrigin, cancellationToken);
            return;
        }

        await TellAccessNotSetUpAsync(user, request.RequestOrigin, cancellationToken);
    }

    private async Task SendResetLinkAsync(User user, string? requestOrigin, CancellationToken cancellationToken)
    {
        var code = await _users.GeneratePasswordResetTokenAsync(user);
        var path = AccountLinks.WithCode(AccountLinks.PasswordResetPath, user.Id, code);
        var link = await _links.BuildAsync(path, requestOrigin, cancellationToken);
        var validUntil = _clock.GetUtcNow().UtcDateTime + _options.PasswordResetLifetime;

        await _mailer.SendPasswordResetAsync(user, link, validUntil, cancellationToken);
        LogResetLinkSent(user.Id);
    }

    private async Task TellAccessNotSetUpAsync(User user, string? requestOrigin, CancellationToken cancellationToken)
    {
        await _mailer.SendAccessNotSetUpAsync(user, cancellationToken);

        var userPage = await _links.BuildAsync("/admin/users/" + Uri.EscapeDataString(user.Id), requestOrigin, cancellationToken);
        var supportTold = await _mailer.SendStaffNoticeAsync(user, userPage, cancellationToken);
        if (supportTold)
        {
            LogNoPasswordYet(user.Id, user.Email!);
        }
        else
        {
            LogNoPasswordYetNoSupportAddress(user.Id, user.Email!);
        }
    }

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "Password reset link sent to user {UserId}")]
    private partial void LogResetLinkSent(string userId);

    [LoggerMessage(
        EventId = 3112,
        Level = LogLevel.Information,
        Message = "A new password was requested for an address that has no account; nothing was sent")]
    private partial void LogUnknownAddress();

    [LoggerMessage(
        EventId = 3113,
        Level = LogLevel.Warning,
        Message = "User {UserId} ({Email}) asked for a new password but has none yet: told them to contact support, and support by e-mail")]
    private partial void LogNoPasswordYet(string userId, string email);

    [LoggerMessage(
        EventId = 3114,
        Level = LogLevel.Warning,
        Message = "User {UserId} ({Email}) asked for a new password but has none yet: told them to contact support; the site has no support e-mail address to tell staff")]
    private partial void LogNoPasswordYetNoSupportAddress(string userId, string email);
}
