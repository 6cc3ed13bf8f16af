namespace Helpdesk.Customers.Services;

/// <summary>The values of an organisation as a form, an import or a recipe gives them, already checked.</summary>
public sealed record OrganisationInput(string Name, IReadOnlyList<string> Domains, string Notes, bool MembersSeeOrganisationTickets);
