namespace Helpdesk.Customers.Services;

/// <summary>A customer as lists show them.</summary>
public sealed record CustomerSummary(
    string UserId,
    string Name,
    string Email,
    string? Phone,
    int? OrganisationId,
    string? OrganisationName,
    bool HasPassword,
    bool IsInvited);
