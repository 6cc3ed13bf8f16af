namespace Helpdesk.Customers.Models;

/// <summary>An e-mail domain of an organisation; each domain belongs to one organisation at most.</summary>
public sealed class OrganisationDomain
{
    /// <summary>The domain in lower case, such as <c>muster.example</c>.</summary>
    public string Domain { get; set; } = "";

    public int OrganisationId { get; set; }
}
