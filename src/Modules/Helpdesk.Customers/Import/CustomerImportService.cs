using Helpdesk.Customers.Models;
using Helpdesk.Customers.Services;
using Helpdesk.Data;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using UserEmail = Helpdesk.Users.Services.EmailAddress;

namespace Helpdesk.Customers.Import;

/// <summary>
/// Imports customers from a CSV file all or nothing: every row is checked first and every problem
/// reported; only a file without any is imported, in one transaction.
/// </summary>
public sealed partial class CustomerImportService
{
    private readonly HelpdeskDbContext _db;
    private readonly CustomerCsvReader _reader;
    private readonly CustomerService _customers;
    private readonly OrganisationService _organisations;
    private readonly IUserInvitationService _invitations;
    private readonly ILogger<CustomerImportService> _logger;

    public CustomerImportService(
        HelpdeskDbContext db,
        CustomerCsvReader reader,
        CustomerService customers,
        OrganisationService organisations,
        IUserInvitationService invitations,
        IStringLocalizer<CustomerImportService> localizer,
        ILogger<CustomerImportService> logger)
    {
        _db = db;
        _reader = reader;
        _customers = customers;
        _organisations = organisations;
        _invitations = invitations;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    public async Task<CustomerImportResult> ImportAsync(byte[] content, CustomerImportOptions options, CancellationToken cancellationToken)
    {
        var (rows, errors) = _reader.Read(content);
        if (errors.Count > 0)
        {
            return CustomerImportResult.Failed(errors);
        }

        var organisations = await OrganisationIdsAsync(cancellationToken);
        var rowErrors = await ValidateAsync(rows, organisations, options.CreateMissingOrganisations, cancellationToken);
        if (rowErrors.Count > 0)
        {
            return CustomerImportResult.Failed(rowErrors);
        }

        return await RunAsync(rows, organisations, options.SendInvitations, cancellationToken);
    }

    private async Task<List<ImportError>> ValidateAsync(
        IReadOnlyList<CustomerCsvRow> rows,
        Dictionary<string, int> organisations,
        bool createMissingOrganisations,
        CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var existing = await ExistingEmailsAsync(rows, cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            errors.AddRange(ValidateRow(row, existing, seen).Select(reason => new ImportError(row.Row, reason)));
            if (row.Organisation.Length > 0
                && !createMissingOrganisations
                && !organisations.ContainsKey(Organisation.Normalize(row.Organisation)))
            {
                errors.Add(new ImportError(
                    row.Row,
                    S["There is no organisation \"{0}\". Create it first, or tick \"Create missing organisations\".", row.Organisation]));
            }
        }

        return errors;
    }

    private IEnumerable<string> ValidateRow(CustomerCsvRow row, HashSet<string> existing, Dictionary<string, int> seen)
    {
        if (row.Email.Length == 0)
        {
            yield return S["The e-mail address is missing."];
        }
        else if (!UserEmail.IsValid(row.Email) || row.Email.Length > UsersTables.NameLength)
        {
            yield return S["\"{0}\" is not a valid e-mail address.", row.Email];
        }
        else if (seen.TryGetValue(row.Email, out var first))
        {
            yield return S["The e-mail address {0} appears in row {1} already.", row.Email, first];
        }
        else if (existing.Contains(row.Email.ToUpperInvariant()))
        {
            yield return S["An account with the e-mail address {0} exists already.", row.Email];
        }

        seen.TryAdd(row.Email, row.Row);
        foreach (var reason in ValidateValues(row))
        {
            yield return reason;
        }
    }

    private IEnumerable<string> ValidateValues(CustomerCsvRow row)
    {
        if (row.Name.Length == 0)
        {
            yield return S["The name is missing."];
        }
        else if (row.Name.Length > UsersTables.DisplayNameLength)
        {
            yield return S["The name can have at most {0} characters.", UsersTables.DisplayNameLength];
        }

        if (row.Phone.Length > 0 && !PhoneNumber.IsValid(row.Phone))
        {
            yield return S["\"{0}\" is not a phone number; use digits, spaces and + ( ) / - . only, at most 40 characters.", row.Phone];
        }

        if (Languages.Normalize(row.Language) is null)
        {
            yield return S["The language \"{0}\" is unknown; use de, en or leave it empty.", row.Language];
        }

        if (row.Organisation.Length > CustomersTables.NameLength)
        {
            yield return S["The organisation's name can have at most {0} characters.", CustomersTables.NameLength];
        }
    }

    // The invitations' e-mails wait in the outbox within the same transaction: a failed import sends none.
    private async Task<CustomerImportResult> RunAsync(
        IReadOnlyList<CustomerCsvRow> rows,
        Dictionary<string, int> organisations,
        bool sendInvitations,
        CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var organisationsCreated = await CreateMissingOrganisationsAsync(rows, organisations, cancellationToken);
            foreach (var row in rows)
            {
                var saved = await _customers.CreateAsync(ToInput(row, organisations), cancellationToken);
                if (!saved.Succeeded)
                {
                    await RollBackAsync(transaction);

                    return CustomerImportResult.Failed(saved.Errors.Select(reason => new ImportError(row.Row, reason)));
                }

                if (sendInvitations)
                {
                    var user = await _customers.FindUserByEmailAsync(row.Email);
                    await _invitations.InviteAsync(user!, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            LogImported(rows.Count, organisationsCreated, sendInvitations);

            return new CustomerImportResult([], rows.Count, organisationsCreated, sendInvitations ? rows.Count : 0);
        }
        catch
        {
            await RollBackAsync(transaction);
            throw;
        }
    }

    private async Task<int> CreateMissingOrganisationsAsync(
        IReadOnlyList<CustomerCsvRow> rows,
        Dictionary<string, int> organisations,
        CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var row in rows.Where(r => r.Organisation.Length > 0))
        {
            var key = Organisation.Normalize(row.Organisation);
            if (organisations.ContainsKey(key))
            {
                continue;
            }

            var organisation = await _organisations.CreateAsync(new OrganisationInput(row.Organisation, [], "", false), cancellationToken);
            organisations[key] = organisation.Id;
            created++;
        }

        return created;
    }

    private async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        _db.ChangeTracker.Clear();
    }

    private static CustomerInput ToInput(CustomerCsvRow row, Dictionary<string, int> organisations) => new(
        row.Email,
        row.Name,
        row.Phone.Length == 0 ? null : row.Phone,
        Languages.Normalize(row.Language)!,
        row.Organisation.Length == 0 ? null : organisations[Organisation.Normalize(row.Organisation)],
        null);

    private async Task<Dictionary<string, int>> OrganisationIdsAsync(CancellationToken cancellationToken)
    {
        var rows = await _db.Set<Organisation>().AsNoTracking()
            .Select(o => new { o.NormalizedName, o.Id })
            .ToListAsync(cancellationToken);

        return rows.ToDictionary(o => o.NormalizedName, o => o.Id, StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> ExistingEmailsAsync(IReadOnlyList<CustomerCsvRow> rows, CancellationToken cancellationToken)
    {
        var wanted = rows.Select(r => r.Email.ToUpperInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var found = await _db.Set<User>().AsNoTracking()
            .Where(u => u.NormalizedEmail != null && wanted.Contains(u.NormalizedEmail))
            .Select(u => u.NormalizedEmail!)
            .ToListAsync(cancellationToken);

        return found.ToHashSet(StringComparer.Ordinal);
    }

    [LoggerMessage(EventId = 6021, Level = LogLevel.Information, Message = "Imported {CustomerCount} customers and created {OrganisationCount} organisations; invitations sent: {Invited}")]
    private partial void LogImported(int customerCount, int organisationCount, bool invited);
}
