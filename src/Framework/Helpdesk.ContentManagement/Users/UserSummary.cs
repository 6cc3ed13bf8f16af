namespace Helpdesk.ContentManagement.Users;

/// <summary>What the user picker shows of a user.</summary>
public sealed record UserSummary(string UserId, string DisplayName, string? Email, IReadOnlyList<string> Roles);
