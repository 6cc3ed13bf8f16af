namespace Helpdesk.Customers.Services;

/// <summary>One page of a list.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
