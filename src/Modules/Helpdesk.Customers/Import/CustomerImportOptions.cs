namespace Helpdesk.Customers.Import;

/// <param name="CreateMissingOrganisations">Organisations the file names but the site lacks are created.</param>
/// <param name="SendInvitations">Every imported customer gets the invitation e-mail, with the import's transaction.</param>
public sealed record CustomerImportOptions(bool CreateMissingOrganisations, bool SendInvitations);
