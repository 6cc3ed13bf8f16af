using System.Text.Json;
using Helpdesk.Customers.Models;
using Helpdesk.Customers.Services;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using UserEmail = Helpdesk.Users.Services.EmailAddress;

namespace Helpdesk.Customers.Recipes;

/// <summary>
/// Creates or updates organisations by name, and their customers by e-mail address:
/// <c>{ "name": "organisations", "organisations": [ { "name": "Muster GmbH", "domains": ["muster.example"],
/// "notes": "", "membersSeeOrganisationTickets": false, "customers": [ { "email": "anna@muster.example",
/// "name": "Anna Muster", "phone": "+49 30 1234", "language": "de" } ] } ] }</c>.
/// The whole step is checked before anything is saved; the recipe's transaction makes it all or nothing.
/// </summary>
public sealed partial class OrganisationsStep : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly OrganisationService _organisations;
    private readonly CustomerService _customers;
    private readonly UserManager<User> _users;
    private readonly ILogger<OrganisationsStep> _logger;

    public OrganisationsStep(
        OrganisationService organisations,
        CustomerService customers,
        UserManager<User> users,
        ILogger<OrganisationsStep> logger)
    {
        _organisations = organisations;
        _customers = customers;
        _users = users;
        _logger = logger;
    }

    public string StepName => "organisations";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context);
        if (entries is not null)
        {
            await ValidateAsync(context, entries, cancellationToken);
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context);
        if (entries is not null)
        {
            await ValidateAsync(context, entries, cancellationToken);
        }

        if (entries is null || context.Errors.Count > 0)
        {
            throw new RecipeException(context.Errors);
        }

        foreach (var entry in entries)
        {
            var organisation = await SaveOrganisationAsync(entry, cancellationToken);
            foreach (var customer in entry.Customers ?? [])
            {
                await SaveCustomerAsync(customer, organisation.Id, cancellationToken);
            }

            LogOrganisationSaved(organisation.Name, context.RecipeFileName, entry.Customers?.Count ?? 0);
        }
    }

    private async Task ValidateAsync(RecipeStepContext context, List<OrganisationEntry> entries, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var domains = new Dictionary<string, string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                context.Errors.Add($"Organisation {i + 1} has no name.");
                continue;
            }

            ValidateOrganisation(context, entry, names, domains);
            await ValidateForeignDomainsAsync(context, entry, cancellationToken);
            foreach (var customer in entry.Customers ?? [])
            {
                await ValidateCustomerAsync(context, entry.Name, customer, emails);
            }
        }
    }

    private static void ValidateOrganisation(
        RecipeStepContext context,
        OrganisationEntry entry,
        HashSet<string> names,
        Dictionary<string, string> domains)
    {
        var name = entry.Name!.Trim();
        if (name.Length > CustomersTables.NameLength)
        {
            context.Errors.Add($"Organisation '{name}': the name is longer than {CustomersTables.NameLength} characters.");
        }

        if (!names.Add(Organisation.Normalize(name)))
        {
            context.Errors.Add($"Organisation '{name}' is listed more than once.");
        }

        if (entry.Notes?.Length > CustomersTables.NotesLength)
        {
            context.Errors.Add($"Organisation '{name}': the notes are longer than {CustomersTables.NotesLength} characters.");
        }

        foreach (var domain in (entry.Domains ?? []).Select(EmailDomains.Normalize))
        {
            if (!EmailDomains.IsValid(domain))
            {
                context.Errors.Add($"Organisation '{name}': '{domain}' is not an e-mail domain such as muster.example.");
            }
            else if (!domains.TryAdd(domain, name) && domains[domain] != name)
            {
                context.Errors.Add($"Organisation '{name}': the domain '{domain}' is given to '{domains[domain]}' too.");
            }
        }
    }

    // A domain another stored organisation holds is refused rather than moved: whether the move
    // succeeds would depend on the order of the entries.
    private async Task ValidateForeignDomainsAsync(RecipeStepContext context, OrganisationEntry entry, CancellationToken cancellationToken)
    {
        var domains = (entry.Domains ?? []).Select(EmailDomains.Normalize).Where(EmailDomains.IsValid).ToList();
        if (domains.Count == 0)
        {
            return;
        }

        var existing = await _organisations.FindByNameAsync(entry.Name!, cancellationToken);
        var foreign = await _organisations.ForeignDomainsAsync(domains, existing?.Id, cancellationToken);
        foreach (var (domain, owner) in foreign)
        {
            context.Errors.Add($"Organisation '{entry.Name!.Trim()}': the domain '{domain}' belongs to the organisation '{owner}'.");
        }
    }

    private async Task ValidateCustomerAsync(RecipeStepContext context, string organisation, CustomerEntry customer, HashSet<string> emails)
    {
        var email = customer.Email?.Trim() ?? "";
        var prefix = $"Organisation '{organisation.Trim()}', customer '{email}'";
        if (!UserEmail.IsValid(email) || email.Length > UsersTables.NameLength)
        {
            context.Errors.Add($"{prefix}: a valid e-mail address is required.");
            return;
        }

        if (!emails.Add(email))
        {
            context.Errors.Add($"{prefix}: the e-mail address is listed more than once.");
        }

        ValidateCustomerValues(context, prefix, customer);
        var user = await _users.FindByEmailAsync(email);
        if (user is not null && !await _users.IsInRoleAsync(user, BuiltInRoles.Customer))
        {
            context.Errors.Add($"{prefix}: the address belongs to a user who is not a customer.");
        }
    }

    private static void ValidateCustomerValues(RecipeStepContext context, string prefix, CustomerEntry customer)
    {
        if (string.IsNullOrWhiteSpace(customer.Name))
        {
            context.Errors.Add($"{prefix}: the name is required.");
        }
        else if (customer.Name.Trim().Length > UsersTables.DisplayNameLength)
        {
            context.Errors.Add($"{prefix}: the name is longer than {UsersTables.DisplayNameLength} characters.");
        }

        if (!string.IsNullOrWhiteSpace(customer.Phone) && !PhoneNumber.IsValid(customer.Phone.Trim()))
        {
            context.Errors.Add($"{prefix}: '{customer.Phone}' is not a phone number (digits, spaces and + ( ) / - . only, at most 40).");
        }

        if (Languages.Normalize(customer.Language) is null)
        {
            context.Errors.Add($"{prefix}: the language must be 'de', 'en' or empty.");
        }
    }

    private static List<OrganisationEntry>? Read(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty("organisations", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            context.Errors.Add("The step needs an 'organisations' list.");
            return null;
        }

        try
        {
            return list.Deserialize<List<OrganisationEntry>>(JsonOptions) ?? [];
        }
        catch (JsonException exception)
        {
            context.Errors.Add($"The 'organisations' list is malformed: {exception.Message}");
            return null;
        }
    }

    private async Task<Organisation> SaveOrganisationAsync(OrganisationEntry entry, CancellationToken cancellationToken)
    {
        var existing = await _organisations.FindByNameAsync(entry.Name!, cancellationToken);
        var input = new OrganisationInput(
            entry.Name!.Trim(),
            entry.Domains?.Select(EmailDomains.Normalize).ToList() ?? existing?.Domains.Select(d => d.Domain).ToList() ?? [],
            entry.Notes ?? existing?.Notes ?? "",
            entry.MembersSeeOrganisationTickets ?? existing?.MembersSeeOrganisationTickets ?? false);
        if (existing is null)
        {
            return await _organisations.CreateAsync(input, cancellationToken);
        }

        await _organisations.UpdateAsync(existing, input, cancellationToken);

        return existing;
    }

    private async Task SaveCustomerAsync(CustomerEntry entry, int organisationId, CancellationToken cancellationToken)
    {
        var email = entry.Email!.Trim();
        var user = await _users.FindByEmailAsync(email);
        var details = user is null ? null : await _customers.FindAsync(user.Id, cancellationToken);
        var input = new CustomerInput(
            email,
            entry.Name!.Trim(),
            string.IsNullOrWhiteSpace(entry.Phone) ? details?.Profile.Phone : entry.Phone.Trim(),
            entry.Language is null ? details?.User.Culture ?? "" : Languages.Normalize(entry.Language)!,
            organisationId,
            details?.Profile.SeeOrganisationTickets);
        var saved = details is null
            ? await _customers.CreateAsync(input, cancellationToken)
            : await _customers.UpdateAsync(details, input, cancellationToken);
        if (!saved.Succeeded)
        {
            throw new RecipeException($"Customer '{email}' could not be saved: {string.Join(" ", saved.Errors)}");
        }
    }

    [LoggerMessage(
        EventId = 6031,
        Level = LogLevel.Information,
        Message = "Organisation {OrganisationName} saved by recipe {Recipe} with {CustomerCount} customers")]
    private partial void LogOrganisationSaved(string organisationName, string recipe, int customerCount);
}
