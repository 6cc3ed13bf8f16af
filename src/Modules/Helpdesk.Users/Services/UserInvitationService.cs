using Helpdesk.Data;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Services;

public sealed partial class UserInvitationService : IUserInvitationService
{
    private readonly UserManager<User> _users;
    private readonly HelpdeskDbContext _db;
    private readonly AccountLinks _links;
    private readonly AccountMailer _mailer;
    private readonly IHttpContextAccessor _httpContext;
    private readonly TimeProvider _clock;
    private readonly UsersOptions _options;
    private readonly ILogger<UserInvitationService> _logger;

    public UserInvitationService(
        UserManager<User> users,
        HelpdeskDbContext db,
        AccountLinks links,
        AccountMailer mailer,
        IHttpContextAccessor httpContext,
        TimeProvider clock,
        IOptions<UsersOptions> options,
        ILogger<UserInvitationService> logger)
    {
        _users = users;
        _db = db;
        _links = links;
        _mailer = mailer;
        _httpContext = httpContext;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    public async Task InviteAsync(User user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            throw new InvalidOperationException($"User {user.Id} has no e-mail address to invite.");
        }

        // The new stamp, the invitation date and the e-mail commit together: a failed send keeps
        // the old link working and the page does not claim an invitation that never left.
        // A caller's open transaction (e.g. creating the user) already does that.
        await using var transaction = _db.Database.CurrentTransaction is null
            ? await _db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var now = _clock.GetUtcNow().UtcDateTime;
        user.InvitationSentUtc = now;
        await RenewSecurityStampAsync(user);

        var code = await _users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var path = AccountLinks.WithCode(AccountLinks.InvitationPath, user.Id, code);
        var link = await _links.BuildAsync(path, RequestOrigin(), cancellationToken);
        var validUntil = now + _options.InvitationLifetime;
        await _mailer.SendInvitationAsync(user, link, validUntil, cancellationToken);

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        LogInvited(user.Id);
    }

    // Every earlier invitation or reset link carries the old stamp and dies with it.
    private async Task RenewSecurityStampAsync(User user)
    {
        var result = await _users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"User {user.Id} could not be invited: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private string? RequestOrigin() =>
        _httpContext.HttpContext is { } context ? SiteAddress.OriginOf(context.Request) : null;

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information, Message = "Invitation sent to user {UserId}")]
    private partial void LogInvited(string userId);
}
