namespace Helpdesk.Customers.Services;

/// <summary>The shape the customer list query selects into, so it can still be filtered in SQL.</summary>
public sealed class CustomerRow
{
    public string UserId { get; init; } = "";

    public string Name { get; init; } = "";

    public string Email { get; init; } = "";

    public string? NormalizedEmail { get; init; }

    public string? Phone { get; init; }

    public int? OrganisationId { get; init; }

    public string? OrganisationName { get; init; }

    public bool HasPassword { get; init; }

    public bool IsInvited { get; init; }
}
