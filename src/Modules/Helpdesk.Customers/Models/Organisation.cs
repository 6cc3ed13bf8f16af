namespace Helpdesk.Customers.Models;

/// <summary>A company or other body whose members are customers.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The name in upper case, unique: two organisations may not differ only in case.</summary>
    public string NormalizedName { get; set; } = "";

    public string Notes { get; set; } = "";

    /// <summary>Whether members see each other's tickets, unless a member's own setting says otherwise.</summary>
    public bool MembersSeeOrganisationTickets { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The e-mail domains, such as <c>muster.example</c>, whose addresses belong to the organisation.</summary>
    public List<OrganisationDomain> Domains { get; set; } = [];

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
