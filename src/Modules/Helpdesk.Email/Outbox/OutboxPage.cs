namespace Helpdesk.Email.Outbox;

/// <summary>One page of the outbox, newest first.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxSummary> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
