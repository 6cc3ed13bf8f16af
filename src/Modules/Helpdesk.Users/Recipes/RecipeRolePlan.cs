namespace Helpdesk.Users.Recipes;

/// <summary>
/// The roles an earlier <c>roles</c> step of the recipe being checked will create, so that a later
/// <c>users</c> step may give them to users. The recipe executor checks every step, in order, with
/// the handlers of one scope before it runs any; this scoped plan lives as long as they do.
/// </summary>
public sealed class RecipeRolePlan
{
    private readonly HashSet<(string Recipe, string Role)> _planned = [];

    public void Add(string recipeFileName, string roleName) =>
        _planned.Add((recipeFileName, roleName.Trim().ToUpperInvariant()));

    public bool Contains(string recipeFileName, string roleName) =>
        _planned.Contains((recipeFileName, roleName.Trim().ToUpperInvariant()));
}
