using Helpdesk.Customers.Models;
using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Customers.Services;

public sealed class OrganisationAccess : IOrganisationAccess
{
    private readonly HelpdeskDbContext _db;

    public OrganisationAccess(HelpdeskDbContext db)
    {
        _db = db;
    }

    public Task<int?> GetOrganisationIdAsync(string userId, CancellationToken cancellationToken = default) =>
        _db.Set<CustomerProfile>().AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => p.OrganisationId)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> CanSeeOrganisationTicketsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var setting = await (
            from profile in _db.Set<CustomerProfile>().AsNoTracking()
            join organisation in _db.Set<Organisation>() on profile.OrganisationId equals (int?)organisation.Id
            where profile.UserId == userId
            select new { Own = profile.SeeOrganisationTickets, organisation.MembersSeeOrganisationTickets })
            .FirstOrDefaultAsync(cancellationToken);

        return setting is not null && (setting.Own ?? setting.MembersSeeOrganisationTickets);
    }

    public async Task<IReadOnlyList<string>> GetOrganisationMemberIdsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var organisationId = await GetOrganisationIdAsync(userId, cancellationToken);
        if (organisationId is null)
        {
            return [];
        }

        return await _db.Set<CustomerProfile>().AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .Select(p => p.UserId)
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
    }
}
