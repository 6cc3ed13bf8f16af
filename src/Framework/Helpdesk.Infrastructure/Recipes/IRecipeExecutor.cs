namespace Helpdesk.Infrastructure.Recipes;

/// <summary>
/// Runs a recipe: every step is validated first, then all steps run in order inside one
/// transaction where the provider allows. A malformed recipe, an unknown step or a failing
/// step throws <see cref="RecipeException"/> and changes nothing.
/// </summary>
public interface IRecipeExecutor
{
    /// <param name="fileName">Named in errors and logs, e.g. <c>helpdesk.recipe.json</c>.</param>
    /// <param name="json">The recipe's JSON text.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    Task ExecuteAsync(string fileName, string json, CancellationToken cancellationToken = default);
}
