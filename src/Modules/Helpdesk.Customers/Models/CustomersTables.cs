namespace Helpdesk.Customers.Models;

/// <summary>The table names and column sizes of the Customers module, shared by the EF model and the migration.</summary>
public static class CustomersTables
{
    public const string Organisations = "Organisations";
    public const string OrganisationDomains = "OrganisationDomains";
    public const string CustomerProfiles = "CustomerProfiles";

    public const int NameLength = 200;
    public const int NotesLength = 4000;
    public const int DomainLength = 253;
    public const int PhoneLength = 40;
}
