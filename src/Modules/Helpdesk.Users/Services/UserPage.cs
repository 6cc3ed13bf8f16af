namespace Helpdesk.Users.Services;

/// <summary>One page of the users list.</summary>
public sealed record UserPage(IReadOnlyList<UserListItem> Items, int Page, int PageCount, int Total);
