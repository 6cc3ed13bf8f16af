namespace Helpdesk.Customers.Services;

/// <summary>What the customer list is filtered by.</summary>
/// <param name="Search">Part of the name, the e-mail address or the organisation's name.</param>
/// <param name="OrganisationId">Only the members of this organisation.</param>
/// <param name="Page">The page wanted, from 1; past the end, the last page.</param>
/// <param name="PageSize">How many customers a page shows.</param>
public sealed record CustomerQuery(string? Search, int? OrganisationId, int Page, int PageSize);
