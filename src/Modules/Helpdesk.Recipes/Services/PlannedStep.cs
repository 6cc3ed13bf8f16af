using Helpdesk.Infrastructure.Recipes;

namespace Helpdesk.Recipes.Services;

/// <summary>A validated step of a recipe and the handler that will run it.</summary>
public sealed record PlannedStep(RecipeStepContext Context, IRecipeStepHandler Handler)
{
    public string Name => Handler.StepName;
}
