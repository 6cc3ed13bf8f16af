namespace Helpdesk.Customers.Services;

public enum OrganisationDeleteResult
{
    Deleted,
    NotFound,
    HasMembers,
}
