using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Manifest;

namespace Helpdesk.Tests.Recipes;

/// <summary>
/// A step that passes validation and fails when it runs, as a step does when the database
/// refuses a write. It belongs to the sample feature, so a recipe may use it only after a
/// feature step enables that feature.
/// </summary>
[Feature(RecipeTestHost.SampleFeature)]
public sealed class FailingStep : IRecipeStepHandler
{
    public const string Name = "fail";
    public const string Reason = "The sample step failed on purpose.";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Reason);
}
