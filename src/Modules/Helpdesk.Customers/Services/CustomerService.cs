using Helpdesk.Customers.Models;
using Helpdesk.Data;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Customers.Services;

/// <summary>
/// Customers are users in the built-in Customer role with a <see cref="CustomerProfile"/>. Accounts
/// are created without a password and with an unconfirmed address: the invitation sets both.
/// </summary>
public sealed partial class CustomerService
{
    private const string LikeEscape = "\\";

    private readonly HelpdeskDbContext _db;
    private readonly UserManager<User> _users;
    private readonly OrganisationService _organisations;
    private readonly TimeProvider _clock;
    private readonly ILogger<CustomerService> _logger;

    public CustomerService(
        HelpdeskDbContext db,
        UserManager<User> users,
        OrganisationService organisations,
        TimeProvider clock,
        ILogger<CustomerService> logger)
    {
        _db = db;
        _users = users;
        _organisations = organisations;
        _clock = clock;
        _logger = logger;
    }

    public async Task<ListPage<CustomerSummary>> ListAsync(CustomerQuery query, CancellationToken cancellationToken)
    {
        var rows = Customers();
        if (query.OrganisationId is { } organisationId)
        {
            rows = rows.Where(r => r.OrganisationId == organisationId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern(query.Search);
            rows = rows.Where(r => EF.Functions.Like(r.Email.ToLower(), pattern, LikeEscape)
                || EF.Functions.Like(r.Name.ToLower(), pattern, LikeEscape)
                || (r.OrganisationName != null && EF.Functions.Like(r.OrganisationName.ToLower(), pattern, LikeEscape)));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + query.PageSize - 1) / query.PageSize));
        var items = await rows
            .OrderBy(r => r.Name)
            .ThenBy(r => r.NormalizedEmail)
            .Skip((page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        return new ListPage<CustomerSummary>(items.Select(ToSummary).ToList(), total, page, query.PageSize);
    }

    public async Task<IReadOnlyList<CustomerSummary>> ListMembersAsync(int organisationId, CancellationToken cancellationToken)
    {
        var rows = await Customers()
            .Where(r => r.OrganisationId == organisationId)
            .OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);

        return rows.Select(ToSummary).ToList();
    }

    /// <summary>The customer with the user id; null when there is no such user or they are not a customer.</summary>
    public async Task<CustomerDetails?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await _users.FindByIdAsync(userId);
        if (user is null || !await _users.IsInRoleAsync(user, BuiltInRoles.Customer))
        {
            return null;
        }

        var profile = await _db.Set<CustomerProfile>().FindAsync([userId], cancellationToken);
        if (profile is null)
        {
            profile = new CustomerProfile { UserId = userId };
            _db.Add(profile);
        }

        return new CustomerDetails(user, profile);
    }

    /// <summary>The user with the address, customer or not.</summary>
    public Task<User?> FindUserByEmailAsync(string email) => _users.FindByEmailAsync(email);

    public async Task<CustomerSaveResult> CreateAsync(CustomerInput input, CancellationToken cancellationToken)
    {
        var organisationId = input.OrganisationId
            ?? (await _organisations.MatchByEmailAsync(input.Email, cancellationToken))?.Id;
        var user = new User
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = false,
            DisplayName = input.Name.Trim(),
            Culture = input.Language,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };

        var created = await _users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Failed(created);
        }

        var role = await _users.AddToRoleAsync(user, BuiltInRoles.Customer);
        if (!role.Succeeded)
        {
            return Failed(role);
        }

        _db.Add(new CustomerProfile
        {
            UserId = user.Id,
            Phone = input.Phone,
            OrganisationId = organisationId,
            SeeOrganisationTickets = input.SeeOrganisationTickets,
        });
        await _db.SaveChangesAsync(cancellationToken);
        LogCustomerCreated(user.Id, organisationId);

        return CustomerSaveResult.Success(user.Id);
    }

    /// <summary>Saves the values on a customer read by <see cref="FindAsync"/>. A changed address must be confirmed again.</summary>
    public async Task<CustomerSaveResult> UpdateAsync(CustomerDetails customer, CustomerInput input, CancellationToken cancellationToken)
    {
        var user = customer.User;
        var email = input.Email.Trim();
        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            var changed = await ChangeEmailAsync(user, email);
            if (!changed.Succeeded)
            {
                return Failed(changed);
            }
        }

        user.DisplayName = input.Name.Trim();
        user.Culture = input.Language;
        var updated = await _users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Failed(updated);
        }

        customer.Profile.Phone = input.Phone;
        customer.Profile.OrganisationId = input.OrganisationId;
        customer.Profile.SeeOrganisationTickets = input.SeeOrganisationTickets;
        await _db.SaveChangesAsync(cancellationToken);
        LogCustomerChanged(user.Id);

        return CustomerSaveResult.Success(user.Id);
    }

    private async Task<IdentityResult> ChangeEmailAsync(User user, string email)
    {
        var name = await _users.SetUserNameAsync(user, email);

        return name.Succeeded ? await _users.SetEmailAsync(user, email) : name;
    }

    private IQueryable<CustomerRow> Customers()
    {
        var roleName = BuiltInRoles.Customer.ToUpperInvariant();
        var customerRole = _db.Set<Role>().Where(r => r.NormalizedName == roleName).Select(r => r.Id);
        var customerIds = _db.Set<IdentityUserRole<string>>().Where(ur => customerRole.Contains(ur.RoleId)).Select(ur => ur.UserId);

        return from user in _db.Set<User>().AsNoTracking()
               where customerIds.Contains(user.Id)
               join profile in _db.Set<CustomerProfile>() on user.Id equals profile.UserId into profiles
               from profile in profiles.DefaultIfEmpty()
               join organisation in _db.Set<Organisation>() on profile!.OrganisationId equals (int?)organisation.Id into organisations
               from organisation in organisations.DefaultIfEmpty()
               select new CustomerRow
               {
                   UserId = user.Id,
                   Name = user.DisplayName,
                   Email = user.Email ?? "",
                   NormalizedEmail = user.NormalizedEmail,
                   Phone = profile == null ? null : profile.Phone,
                   OrganisationId = organisation == null ? null : organisation.Id,
                   OrganisationName = organisation == null ? null : organisation.Name,
                   HasPassword = user.PasswordHash != null,
                   IsInvited = user.InvitationSentUtc != null,
               };
    }

    // Both sides are lowered, so the search ignores case on SQLite and PostgreSQL alike; the
    // term's own wildcards are escaped.
    private static string LikePattern(string search)
    {
        var term = search.Trim().ToLowerInvariant()
            .Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

        return "%" + term + "%";
    }

    private static CustomerSummary ToSummary(CustomerRow row) =>
        new(row.UserId, row.Name, row.Email, row.Phone, row.OrganisationId, row.OrganisationName, row.HasPassword, row.IsInvited);

    private static CustomerSaveResult Failed(IdentityResult result) =>
        CustomerSaveResult.Failed(result.Errors.Select(e => e.Description));

    /// <summary>True when the customer holds a role besides Customer, so is staff as well.</summary>
    public async Task<bool> IsAlsoStaffAsync(CustomerDetails customer) =>
        (await _users.GetRolesAsync(customer.User)).Any(role => role != BuiltInRoles.Customer);

    /// <summary>Deletes the customer's account; the profile goes with it. Callers refuse staff first (<see cref="IsAlsoStaffAsync"/>).</summary>
    public async Task<bool> DeleteAsync(CustomerDetails customer)
    {
        // FindAsync adds a profile for a customer who had none; deleting must not insert it first.
        var profile = _db.Entry(customer.Profile);
        if (profile.State == EntityState.Added)
        {
            profile.State = EntityState.Detached;
        }

        var result = await _users.DeleteAsync(customer.User);
        if (result.Succeeded)
        {
            LogCustomerDeleted(customer.User.Id);
        }

        return result.Succeeded;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Customer {UserId} created in organisation {OrganisationId}")]
    private partial void LogCustomerCreated(string userId, int? organisationId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Customer {UserId} changed")]
    private partial void LogCustomerChanged(string userId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Customer {UserId} deleted")]
    private partial void LogCustomerDeleted(string userId);
}
