namespace Helpdesk.Modularity.Security;

/// <summary>
/// Roles every site has. Administrator holds every permission; Authenticated and Anonymous
/// are implicit: every signed-in user, or every visitor, has their permissions.
/// </summary>
public static class BuiltInRoles
{
    public const string Administrator = "Administrator";
    public const string Agent = "Agent";
    public const string Customer = "Customer";
    public const string Authenticated = "Authenticated";
    public const string Anonymous = "Anonymous";

    public static IReadOnlyList<string> All { get; } = [Administrator, Agent, Customer, Authenticated, Anonymous];
}
