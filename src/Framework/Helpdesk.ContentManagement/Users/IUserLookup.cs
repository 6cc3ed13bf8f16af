namespace Helpdesk.ContentManagement.Users;

/// <summary>
/// Finds users for the user picker field. The Users module provides it; without it no user can
/// be chosen and the field says so.
/// </summary>
public interface IUserLookup
{
    Task<UserSummary?> FindAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Users whose name or e-mail address contains the text (all when empty), limited to the given
    /// roles when any, ordered by name, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<UserSummary>> SearchAsync(
        string? text,
        IReadOnlyList<string> roles,
        int limit,
        CancellationToken cancellationToken = default);
}
