namespace Helpdesk.Customers.Services;

/// <summary>
/// What a customer may see of their organisation, for the ticket lists: whether they see the
/// tickets of the other members, and who those members are.
/// </summary>
public interface IOrganisationAccess
{
    /// <summary>The id of the customer's organisation, or null when they belong to none.</summary>
    Task<int?> GetOrganisationIdAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the customer sees the tickets of their organisation's members: their own setting
    /// when it is set, otherwise the organisation's. False without an organisation.
    /// </summary>
    Task<bool> CanSeeOrganisationTicketsAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user ids of every member of the customer's organisation, the customer included; empty
    /// when they belong to none. It does not check <see cref="CanSeeOrganisationTicketsAsync"/>.
    /// </summary>
    Task<IReadOnlyList<string>> GetOrganisationMemberIdsAsync(string userId, CancellationToken cancellationToken = default);
}
