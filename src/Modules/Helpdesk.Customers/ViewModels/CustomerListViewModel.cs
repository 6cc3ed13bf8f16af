using Helpdesk.Customers.Services;

namespace Helpdesk.Customers.ViewModels;

public sealed class CustomerListViewModel
{
    public required ListPage<CustomerSummary> Page { get; init; }

    public string? Search { get; init; }

    public int? OrganisationId { get; init; }

    public required IReadOnlyList<(int Id, string Name)> Organisations { get; init; }
}
