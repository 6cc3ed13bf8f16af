using System.Security.Claims;

namespace Helpdesk.Infrastructure.Display;

/// <summary>A module's part of the dashboard's "needs attention" list, for the user looking at it.</summary>
public interface IAdminAlertProvider
{
    Task<IReadOnlyList<AdminAlert>> GetAlertsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
