namespace Helpdesk.Customers.Models;

/// <summary>What the helpdesk knows about a customer beyond the user account.</summary>
public sealed class CustomerProfile
{
    /// <summary>The id of the customer's <c>User</c>.</summary>
    public string UserId { get; set; } = "";

    public string? Phone { get; set; }

    public int? OrganisationId { get; set; }

    /// <summary>Whether the customer sees the organisation's tickets; null: as the organisation says.</summary>
    public bool? SeeOrganisationTickets { get; set; }
}
