namespace Helpdesk.Infrastructure.Recipes;

/// <summary>
/// Executes one kind of recipe step, e.g. <c>feature</c> or <c>roles</c>. Modules register
/// handlers in their startup; a handler is available only while its feature is enabled.
/// </summary>
public interface IRecipeStepHandler
{
    /// <summary>The step name as written in recipes (<c>"name": "feature"</c>).</summary>
    string StepName { get; }

    /// <summary>
    /// Checks the step before anything runs and adds a reason to <see cref="RecipeStepContext.Errors"/>
    /// for each problem, so a bad recipe changes nothing.
    /// </summary>
    Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken);

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
