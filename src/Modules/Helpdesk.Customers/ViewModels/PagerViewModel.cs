namespace Helpdesk.Customers.ViewModels;

/// <summary>The page links under a list; they keep the list's other query values.</summary>
public sealed record PagerViewModel(int Page, int PageCount, int TotalCount);
