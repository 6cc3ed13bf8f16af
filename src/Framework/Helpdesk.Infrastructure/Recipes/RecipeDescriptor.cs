namespace Helpdesk.Infrastructure.Recipes;

/// <summary>A recipe file as listed at setup and on the admin Recipes page.</summary>
public sealed record RecipeDescriptor(
    string FileName,
    string DisplayName,
    string Description,
    bool IsSetupRecipe);
