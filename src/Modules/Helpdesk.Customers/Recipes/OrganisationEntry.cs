namespace Helpdesk.Customers.Recipes;

/// <summary>An organisation as written in the <c>organisations</c> recipe step.</summary>
public sealed class OrganisationEntry
{
    public string? Name { get; set; }

    /// <summary>Replaces the organisation's domains; left out, they stay as they are.</summary>
    public List<string>? Domains { get; set; }

    /// <summary>Kept as it is when left out.</summary>
    public string? Notes { get; set; }

    /// <summary>Kept as it is when left out; false for a new organisation.</summary>
    public bool? MembersSeeOrganisationTickets { get; set; }

    /// <summary>Customers created, or updated by e-mail address, as members of the organisation.</summary>
    public List<CustomerEntry>? Customers { get; set; }
}
