namespace Helpdesk.Customers.Import;

/// <summary>What an import did: every error found, or the number of customers, organisations and invitations.</summary>
public sealed record CustomerImportResult(
    IReadOnlyList<ImportError> Errors,
    int CustomersCreated,
    int OrganisationsCreated,
    int InvitationsSent = 0)
{
    public bool Succeeded => Errors.Count == 0;

    public static CustomerImportResult Failed(IEnumerable<ImportError> errors) => new(errors.ToList(), 0, 0);
}
