using System.Text.Json;

namespace Helpdesk.Infrastructure.Recipes;

/// <summary>One step of a recipe being validated or executed.</summary>
public sealed class RecipeStepContext
{
    public RecipeStepContext(string recipeFileName, int index, JsonElement step)
    {
        RecipeFileName = recipeFileName;
        Index = index;
        Step = step;
    }

    public string RecipeFileName { get; }

    /// <summary>The step's position in the recipe, starting at 1 as people count.</summary>
    public int Index { get; }

    /// <summary>The step's JSON object, including its <c>name</c>.</summary>
    public JsonElement Step { get; }

    public List<string> Errors { get; } = [];
}
