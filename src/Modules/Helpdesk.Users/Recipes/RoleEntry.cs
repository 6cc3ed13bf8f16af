namespace Helpdesk.Users.Recipes;

/// <summary>A role as written in the <c>roles</c> recipe step.</summary>
public sealed class RoleEntry
{
    public string? Name { get; set; }

    /// <summary>Kept as it is when left out.</summary>
    public string? Description { get; set; }

    /// <summary>Replaces the role's permissions; left out, they stay as they are.</summary>
    public List<string>? Permissions { get; set; }
}
