using Helpdesk.Customers.Services;

namespace Helpdesk.Customers.ViewModels;

public sealed class OrganisationListViewModel
{
    public required ListPage<OrganisationSummary> Page { get; init; }

    public string? Search { get; init; }
}
