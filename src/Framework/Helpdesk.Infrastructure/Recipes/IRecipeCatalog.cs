namespace Helpdesk.Infrastructure.Recipes;

/// <summary>The recipe files in the recipes folder (<c>Helpdesk:RecipesPath</c>, default <c>recipes/</c> beside the app).</summary>
public interface IRecipeCatalog
{
    Task<IReadOnlyList<RecipeDescriptor>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The JSON text of a listed recipe; null when no such file exists.</summary>
    Task<string?> ReadAsync(string fileName, CancellationToken cancellationToken = default);
}
