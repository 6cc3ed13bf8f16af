namespace Helpdesk.Customers.Services;

/// <summary>The values of a customer as a form, an import or a recipe gives them, already checked.</summary>
/// <param name="Email">The e-mail address, which is the user name too.</param>
/// <param name="Name">The display name.</param>
/// <param name="Phone">The phone number, or null.</param>
/// <param name="Language"><c>de</c>, <c>en</c>, or empty for the site's default.</param>
/// <param name="OrganisationId">The organisation; on creation null means "matched by the e-mail domain".</param>
/// <param name="SeeOrganisationTickets">The customer's own setting; null: as the organisation says.</param>
public sealed record CustomerInput(
    string Email,
    string Name,
    string? Phone,
    string Language,
    int? OrganisationId,
    bool? SeeOrganisationTickets);
