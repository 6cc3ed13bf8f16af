namespace Helpdesk.Recipes.Services;

/// <summary>
/// A recipe that passed validation: its steps in order, and the features its <c>feature</c>
/// steps enable (with their dependencies), whose migrations run before the transaction.
/// </summary>
public sealed record RecipePlan(IReadOnlyList<PlannedStep> Steps, IReadOnlyList<string> FeaturesToMigrate);
