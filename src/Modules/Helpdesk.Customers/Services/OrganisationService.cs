using Helpdesk.Customers.Models;
using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Customers.Services;

/// <summary>Reads and changes organisations and their e-mail domains.</summary>
public sealed partial class OrganisationService
{
    private readonly HelpdeskDbContext _db;
    private readonly TimeProvider _clock;
    private readonly ILogger<OrganisationService> _logger;

    public OrganisationService(HelpdeskDbContext db, TimeProvider clock, ILogger<OrganisationService> logger)
    {
        _db = db;
        _clock = clock;
        _logger = logger;
    }

    public async Task<ListPage<OrganisationSummary>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = _db.Set<Organisation>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            var domain = EmailDomains.Normalize(search);
            query = query.Where(o => o.NormalizedName.Contains(term) || o.Domains.Any(d => d.Domain.Contains(domain)));
        }

        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await query
            .OrderBy(o => o.NormalizedName)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(o => new
            {
                o.Id,
                o.Name,
                Domains = o.Domains.Select(d => d.Domain).ToList(),
                Members = _db.Set<CustomerProfile>().Count(p => p.OrganisationId == o.Id),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new OrganisationSummary(r.Id, r.Name, r.Domains.Order().ToList(), r.Members)).ToList();

        return new ListPage<OrganisationSummary>(items, total, page, pageSize);
    }

    /// <summary>Every organisation's id and name, by name: for pickers.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ListNamesAsync(CancellationToken cancellationToken)
    {
        var rows = await _db.Set<Organisation>().AsNoTracking()
            .OrderBy(o => o.NormalizedName)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);

        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    public Task<Organisation?> FindAsync(int id, CancellationToken cancellationToken) =>
        _db.Set<Organisation>().Include(o => o.Domains).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public Task<Organisation?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = Organisation.Normalize(name);

        return _db.Set<Organisation>().Include(o => o.Domains).FirstOrDefaultAsync(o => o.NormalizedName == normalized, cancellationToken);
    }

    /// <summary>The organisation one of whose domains is the domain of the address, if any.</summary>
    public async Task<Organisation?> MatchByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var domain = EmailDomains.OfAddress(email);
        if (domain.Length == 0)
        {
            return null;
        }

        var owner = await _db.Set<OrganisationDomain>().AsNoTracking().FirstOrDefaultAsync(d => d.Domain == domain, cancellationToken);

        return owner is null ? null : await FindAsync(owner.OrganisationId, cancellationToken);
    }

    /// <summary>The domains of the list that belong to another organisation, with that organisation's name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ForeignDomainsAsync(
        IReadOnlyList<string> domains,
        int? organisationId,
        CancellationToken cancellationToken)
    {
        var owned = await _db.Set<OrganisationDomain>().AsNoTracking()
            .Where(d => domains.Contains(d.Domain) && d.OrganisationId != organisationId)
            .Join(_db.Set<Organisation>(), d => d.OrganisationId, o => o.Id, (d, o) => new { d.Domain, o.Name })
            .ToListAsync(cancellationToken);

        return owned.ToDictionary(d => d.Domain, d => d.Name, StringComparer.Ordinal);
    }

    public async Task<bool> NameIsTakenAsync(string name, int? organisationId, CancellationToken cancellationToken)
    {
        var normalized = Organisation.Normalize(name);

        return await _db.Set<Organisation>().AnyAsync(o => o.NormalizedName == normalized && o.Id != organisationId, cancellationToken);
    }

    public async Task<Organisation> CreateAsync(OrganisationInput input, CancellationToken cancellationToken)
    {
        var organisation = new Organisation { CreatedUtc = _clock.GetUtcNow().UtcDateTime };
        Apply(organisation, input);
        _db.Add(organisation);
        await _db.SaveChangesAsync(cancellationToken);

        LogOrganisationCreated(organisation.Id);

        return organisation;
    }

    /// <summary>Saves the values on an organisation read by <see cref="FindAsync"/> (domains included).</summary>
    public async Task UpdateAsync(Organisation organisation, OrganisationInput input, CancellationToken cancellationToken)
    {
        Apply(organisation, input);
        await _db.SaveChangesAsync(cancellationToken);

        LogOrganisationChanged(organisation.Id);
    }

    public async Task<OrganisationDeleteResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var organisation = await FindAsync(id, cancellationToken);
        if (organisation is null)
        {
            return OrganisationDeleteResult.NotFound;
        }

        if (await CountMembersAsync(id, cancellationToken) > 0)
        {
            return OrganisationDeleteResult.HasMembers;
        }

        _db.Remove(organisation);
        await _db.SaveChangesAsync(cancellationToken);
        LogOrganisationDeleted(id);

        return OrganisationDeleteResult.Deleted;
    }

    public Task<int> CountMembersAsync(int id, CancellationToken cancellationToken) =>
        _db.Set<CustomerProfile>().CountAsync(p => p.OrganisationId == id, cancellationToken);

    // Domains are compared as a set: a domain kept is left as it is, because removing and adding
    // the same key in one save would make EF track two instances of it.
    private static void Apply(Organisation organisation, OrganisationInput input)
    {
        organisation.Name = input.Name.Trim();
        organisation.NormalizedName = Organisation.Normalize(input.Name);
        organisation.Notes = input.Notes.Trim();
        organisation.MembersSeeOrganisationTickets = input.MembersSeeOrganisationTickets;

        var wanted = input.Domains.Select(EmailDomains.Normalize).ToHashSet(StringComparer.Ordinal);
        organisation.Domains.RemoveAll(d => !wanted.Contains(d.Domain));
        foreach (var domain in wanted.Where(w => organisation.Domains.All(d => d.Domain != w)))
        {
            organisation.Domains.Add(new OrganisationDomain { Domain = domain });
        }
    }

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "Organisation {OrganisationId} created")]
    private partial void LogOrganisationCreated(int organisationId);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "Organisation {OrganisationId} changed")]
    private partial void LogOrganisationChanged(int organisationId);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Information, Message = "Organisation {OrganisationId} deleted")]
    private partial void LogOrganisationDeleted(int organisationId);
}
