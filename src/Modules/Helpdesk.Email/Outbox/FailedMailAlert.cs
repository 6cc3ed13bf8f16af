using System.Security.Claims;
using Helpdesk.Email.Models;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Email.Outbox;

/// <summary>Tells those who manage e-mail on the dashboard that messages could not be sent.</summary>
public sealed class FailedMailAlert : IAdminAlertProvider
{
    private readonly IOutboxService _outbox;
    private readonly IAuthorizationService _authorization;

    public FailedMailAlert(IOutboxService outbox, IAuthorizationService authorization, IStringLocalizer<FailedMailAlert> localizer)
    {
        _outbox = outbox;
        _authorization = authorization;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task<IReadOnlyList<AdminAlert>> GetAlertsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await _authorization.HasPermissionAsync(user, Permissions.ManageEmail))
        {
            return [];
        }

        var failed = (await _outbox.CountByStateAsync(cancellationToken))[OutboxState.Failed];

        return failed == 0
            ? []
            : [new AdminAlert(S["{0} e-mails could not be sent.", failed], "/admin/email/outbox?state=Failed", S["Open the outbox"])];
    }
}
