using System.Collections.Frozen;
using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Helpdesk.Users.Services;

/// <summary>
/// Reads and writes the permissions granted to roles, stored as role claims of type
/// <see cref="Permission.ClaimType"/>. Reads are cached per role; every write goes through here
/// so that the cache is dropped when a role's permissions change.
/// </summary>
/// <remarks>
/// NOTE: the cache is per node, like the documents cache: another node sees a change when its
/// entry expires (one minute); a distributed invalidation belongs to the scale-out work.
/// </remarks>
public sealed class RolePermissionService
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    private readonly HelpdeskDbContext _db;
    private readonly ILookupNormalizer _normalizer;
    private readonly IMemoryCache _cache;

    public RolePermissionService(HelpdeskDbContext db, ILookupNormalizer normalizer, IMemoryCache cache)
    {
        _db = db;
        _normalizer = normalizer;
        _cache = cache;
    }

    private DbSet<IdentityRoleClaim<string>> RoleClaims => _db.Set<IdentityRoleClaim<string>>();

    /// <summary>The permission names granted to the role; empty when no such role exists.</summary>
    public async Task<IReadOnlySet<string>> GetPermissionsAsync(string roleName, CancellationToken cancellationToken = default)
    {
        var normalizedName = _normalizer.NormalizeName(roleName);
        if (_cache.TryGetValue(CacheKey(normalizedName), out IReadOnlySet<string>? cached))
        {
            return cached!;
        }

        var names = await _db.Set<Role>()
            .Where(role => role.NormalizedName == normalizedName)
            .Join(RoleClaims, role => role.Id, claim => claim.RoleId, (role, claim) => claim)
            .Where(claim => claim.ClaimType == Permission.ClaimType && claim.ClaimValue != null)
            .Select(claim => claim.ClaimValue!)
            .ToListAsync(cancellationToken);
        var permissions = names.ToFrozenSet(StringComparer.Ordinal);

        if (_db.Database.CurrentTransaction is null)
        {
            _cache.Set(CacheKey(normalizedName), (IReadOnlySet<string>)permissions, CacheLifetime);
        }

        return permissions;
    }

    /// <summary>Replaces the role's permissions with exactly these.</summary>
    public async Task SetPermissionsAsync(Role role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default)
    {
        var wanted = permissionNames.ToHashSet(StringComparer.Ordinal);
        var granted = await GrantedClaimsAsync(role, cancellationToken);

        RoleClaims.RemoveRange(granted.Where(claim => !wanted.Contains(claim.ClaimValue!)));
        AddClaims(role, wanted.Except(granted.Select(claim => claim.ClaimValue!)));

        await SaveAsync(role, cancellationToken);
    }

    /// <summary>Adds the permissions the role does not hold yet and keeps the others.</summary>
    public async Task GrantAsync(Role role, IEnumerable<string> permissionNames, CancellationToken cancellationToken = default)
    {
        var granted = await GrantedClaimsAsync(role, cancellationToken);
        var missing = permissionNames.Distinct(StringComparer.Ordinal)
            .Except(granted.Select(claim => claim.ClaimValue!), StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        AddClaims(role, missing);
        await SaveAsync(role, cancellationToken);
    }

    /// <summary>Drops what is cached under a role name that is renamed or deleted.</summary>
    public void Forget(string roleName)
    {
        var key = CacheKey(_normalizer.NormalizeName(roleName));
        _cache.Remove(key);
        _db.AfterTransaction(() => _cache.Remove(key));
    }

    private Task<List<IdentityRoleClaim<string>>> GrantedClaimsAsync(Role role, CancellationToken cancellationToken) =>
        RoleClaims
            .Where(claim => claim.RoleId == role.Id && claim.ClaimType == Permission.ClaimType && claim.ClaimValue != null)
            .ToListAsync(cancellationToken);

    private void AddClaims(Role role, IEnumerable<string> permissionNames) =>
        RoleClaims.AddRange(permissionNames.Select(name => new IdentityRoleClaim<string>
        {
            RoleId = role.Id,
            ClaimType = Permission.ClaimType,
            ClaimValue = name,
        }));

    private async Task SaveAsync(Role role, CancellationToken cancellationToken)
    {
        await _db.SaveChangesAsync(cancellationToken);

        var key = CacheKey(_normalizer.NormalizeName(role.Name));
        _cache.Remove(key);
        _db.AfterTransaction(() => _cache.Remove(key));
    }

    private static string CacheKey(string? normalizedRoleName) => "Helpdesk.RolePermissions:" + normalizedRoleName;
}
