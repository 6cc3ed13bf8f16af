using Helpdesk.ContentManagement.Users;

namespace Helpdesk.Content.Tests;

/// <summary>The user lookup the Users module will provide, over two fixed users.</summary>
public sealed class TestUserLookup : IUserLookup
{
    public static readonly UserSummary Agent = new("user-anna", "Anna Agent", "anna@example.com", ["Agent"]);
    public static readonly UserSummary Customer = new("user-carl", "Carl Customer", "carl@example.com", ["Customer"]);

    private static readonly UserSummary[] Users = [Agent, Customer];

    public Task<UserSummary?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.FirstOrDefault(u => u.UserId == userId));

    public Task<IReadOnlyList<UserSummary>> SearchAsync(
        string? text,
        IReadOnlyList<string> roles,
        int limit,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserSummary>>(Users
            .Where(u => roles.Count == 0 || u.Roles.Any(roles.Contains))
            .Where(u => string.IsNullOrEmpty(text) || u.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .ToList());
}
