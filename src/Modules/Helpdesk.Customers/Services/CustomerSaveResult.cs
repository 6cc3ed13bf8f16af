namespace Helpdesk.Customers.Services;

/// <summary>The outcome of saving a customer: the user's id, or the reasons it was refused (already localised).</summary>
public sealed record CustomerSaveResult(string? UserId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CustomerSaveResult Success(string userId) => new(userId, []);

    public static CustomerSaveResult Failed(IEnumerable<string> errors) => new(null, errors.ToList());
}
