using Helpdesk.Infrastructure.Recipes;
using Microsoft.AspNetCore.Http;

namespace Helpdesk.Recipes.ViewModels;

public sealed class RecipeListViewModel
{
    public IReadOnlyList<RecipeDescriptor> Recipes { get; set; } = [];

    /// <summary>The recipe whose last run failed, as shown to the user.</summary>
    public string? FailedRecipe { get; set; }

    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>A recipe file to upload and run.</summary>
    public IFormFile? RecipeFile { get; set; }
}
