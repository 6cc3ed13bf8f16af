using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Users.Services;

/// <summary>
/// Keeps the site administrable: the last active administrator (holding the Administrator role
/// and not locked) can neither lose that role, nor be locked, nor be deleted.
/// </summary>
/// <remarks>
/// NOTE: two requests demoting the only two administrators at the same moment could both pass
/// the check; the changes run in transactions, which serialise writers on SQLite but not the
/// reads before them on PostgreSQL. Two administrators racing to remove each other is rare
/// enough to accept until an audited admin workflow exists.
/// </remarks>
public sealed class AdministratorGuard
{
    private readonly HelpdeskDbContext _db;
    private readonly ILookupNormalizer _normalizer;
    private readonly TimeProvider _clock;

    public AdministratorGuard(HelpdeskDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
    {
        _db = db;
        _normalizer = normalizer;
        _clock = clock;
    }

    /// <summary>True when the user is an administrator and no other active administrator exists.</summary>
    public async Task<bool> IsLastAdministratorAsync(User user, CancellationToken cancellationToken = default)
    {
        var administrators = await AdministratorsAsync(cancellationToken);
        if (!administrators.Any(a => a.Id == user.Id))
        {
            return false;
        }

        var now = _clock.GetUtcNow();

        return !administrators.Any(a => a.Id != user.Id && !IsLocked(a.LockoutEnabled, a.LockoutEnd, now));
    }

    private static bool IsLocked(bool lockoutEnabled, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnabled && lockoutEnd > now;

    // SQLite cannot compare DateTimeOffset values in SQL; a site has few administrators, so their
    // lockout is checked here.
    private async Task<List<AdministratorState>> AdministratorsAsync(CancellationToken cancellationToken)
    {
        var roleName = _normalizer.NormalizeName(BuiltInRoles.Administrator);

        return await _db.Set<Role>()
            .Where(role => role.NormalizedName == roleName)
            .Join(_db.Set<IdentityUserRole<string>>(), role => role.Id, membership => membership.RoleId, (role, membership) => membership)
            .Join(_db.Set<User>(), membership => membership.UserId, user => user.Id, (membership, user) => user)
            .Select(user => new AdministratorState(user.Id, user.LockoutEnabled, user.LockoutEnd))
            .ToListAsync(cancellationToken);
    }

    private sealed record AdministratorState(string Id, bool LockoutEnabled, DateTimeOffset? LockoutEnd);
}
