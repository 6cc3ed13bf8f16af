using Helpdesk.Data;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Users.Services;

/// <summary>Finds users by name or e-mail address and role, for the admin pages and the user picker.</summary>
public sealed class UserDirectory
{
    private readonly HelpdeskDbContext _db;
    private readonly ILookupNormalizer _normalizer;

    public UserDirectory(HelpdeskDbContext db, ILookupNormalizer normalizer)
    {
        _db = db;
        _normalizer = normalizer;
    }

    private IQueryable<User> Users => _db.Set<User>();

    private IQueryable<IdentityUserRole<string>> Memberships => _db.Set<IdentityUserRole<string>>();

    /// <summary>A page of users matching the text, in the role when one is given, ordered by name.</summary>
    public async Task<UserPage> ListAsync(
        string? text,
        string? roleId,
        int page,
        int pageSize,
        CancellationToken cancellationToken = default)
    {
        var query = Matching(text);
        if (!string.IsNullOrEmpty(roleId))
        {
            query = query.Where(user => Memberships.Any(m => m.UserId == user.Id && m.RoleId == roleId));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);

        var users = await ByName(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var roles = await RoleNamesAsync(users.Select(user => user.Id), cancellationToken);
        var items = users.Select(user => new UserListItem(user, roles.GetValueOrDefault(user.Id, []))).ToList();

        return new UserPage(items, page, pageCount, total);
    }

    /// <summary>At most <paramref name="limit"/> users matching the text, holding one of the roles when any are named.</summary>
    public async Task<IReadOnlyList<UserListItem>> SearchAsync(
        string? text,
        IReadOnlyCollection<string> roleNames,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var query = Matching(text);
        if (roleNames.Count > 0)
        {
            var normalized = roleNames.Select(name => _normalizer.NormalizeName(name)).ToList();
            var roleIds = _db.Set<Role>().Where(role => normalized.Contains(role.NormalizedName!)).Select(role => role.Id);
            query = query.Where(user => Memberships.Any(m => m.UserId == user.Id && roleIds.Contains(m.RoleId)));
        }

        var users = await ByName(query).Take(Math.Max(0, limit)).ToListAsync(cancellationToken);
        var roles = await RoleNamesAsync(users.Select(user => user.Id), cancellationToken);

        return users.Select(user => new UserListItem(user, roles.GetValueOrDefault(user.Id, []))).ToList();
    }

    /// <summary>The names of each user's roles, by user id.</summary>
    public async Task<Dictionary<string, IReadOnlyList<string>>> RoleNamesAsync(
        IEnumerable<string> userIds,
        CancellationToken cancellationToken = default)
    {
        var ids = userIds.ToList();
        var rows = await Memberships
            .Where(m => ids.Contains(m.UserId))
            .Join(_db.Set<Role>(), m => m.RoleId, role => role.Id, (m, role) => new { m.UserId, role.Name })
            .ToListAsync(cancellationToken);

        return rows.GroupBy(row => row.UserId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(row => row.Name ?? "").Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>How many users hold each role, by role id.</summary>
    public async Task<Dictionary<string, int>> CountByRoleAsync(CancellationToken cancellationToken = default)
    {
        var counts = await Memberships
            .GroupBy(m => m.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return counts.ToDictionary(c => c.RoleId, c => c.Count);
    }

    // The name is matched as typed and in capitals: upper() knows every letter on SQLite (see
    // SqliteUnicodeCaseInterceptor) but on PostgreSQL only as far as the database's locale does.
    // The e-mail address is matched through its normalised (upper-case) form, computed in .NET.
    private IQueryable<User> Matching(string? text)
    {
        var term = text?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return Users;
        }

        var upper = term.ToUpperInvariant();

        // EF Core translates ToUpper() and Contains() to SQL; the StringComparison overloads are not translated.
#pragma warning disable CA1862
        return Users.Where(user =>
            user.DisplayName.Contains(term)
            || user.DisplayName.ToUpper().Contains(upper)
            || user.NormalizedEmail!.Contains(upper));
#pragma warning restore CA1862
    }

    private static IQueryable<User> ByName(IQueryable<User> query) =>
        query.OrderBy(user => user.DisplayName).ThenBy(user => user.NormalizedEmail);
}
