using System.Text;
using System.Text.Json;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Security;
using Helpdesk.Recipes.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Recipes.Controllers;

[Admin]
[RequirePermission(nameof(Permissions.ManageRecipes))]
[Route("admin/recipes")]
public sealed class RecipesController : Controller
{
    private const long MaxUploadBytes = 1024 * 1024;
    private const long MaxRequestBytes = 8 * MaxUploadBytes;
    private const string ErrorsKey = "Helpdesk.Recipes.Errors";
    private const string FailedRecipeKey = "Helpdesk.Recipes.FailedRecipe";
    private const int MaxErrorsShown = 30;

    private readonly IRecipeCatalog _catalog;
    private readonly IRecipeExecutor _executor;
    private readonly INotifier _notifier;

    public RecipesController(
        IRecipeCatalog catalog,
        IRecipeExecutor executor,
        INotifier notifier,
        IStringLocalizer<RecipesController> localizer)
    {
        _catalog = catalog;
        _executor = executor;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new RecipeListViewModel
        {
            Recipes = await _catalog.ListAsync(cancellationToken),
            FailedRecipe = TempData[FailedRecipeKey] as string,
            Errors = TempData[ErrorsKey] is string errors ? JsonSerializer.Deserialize<List<string>>(errors) ?? [] : [],
        };

        return View(model);
    }

    [HttpPost("run")]
    public async Task<IActionResult> Run(string fileName, CancellationToken cancellationToken)
    {
        var recipe = (await _catalog.ListAsync(cancellationToken)).FirstOrDefault(r => r.FileName == fileName);
        var json = recipe is null ? null : await _catalog.ReadAsync(recipe.FileName, cancellationToken);
        if (recipe is null || json is null)
        {
            _notifier.Error(S["The recipe \"{0}\" does not exist.", fileName]);
            return RedirectToAction(nameof(Index));
        }

        return await ExecuteAsync(recipe.FileName, S[recipe.DisplayName], json, cancellationToken);
    }

    // Well above the file limit, so that a too large file gets a message beside the field
    // rather than the server dropping the request.
    [HttpPost("upload")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(IFormFile? recipeFile, CancellationToken cancellationToken)
    {
        var error = Check(recipeFile);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(RecipeListViewModel.RecipeFile), error);
            var model = new RecipeListViewModel { Recipes = await _catalog.ListAsync(cancellationToken) };

            return View(nameof(Index), model);
        }

        var fileName = Path.GetFileName(recipeFile!.FileName);
        var json = await ReadTextAsync(recipeFile, cancellationToken);

        return await ExecuteAsync(fileName, fileName, json, cancellationToken);
    }

    private string? Check(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return S["Choose a recipe file."];
        }

        if (!file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return S["A recipe is a .json file."];
        }

        return file.Length > MaxUploadBytes ? S["The recipe file must not be larger than 1 MB."].Value : null;
    }

    private static async Task<string> ReadTextAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        return await reader.ReadToEndAsync(cancellationToken);
    }

    // Redirects in both cases: after a rollback this request's scope still remembers values it
    // saved inside the transaction, so the page is rendered by a fresh request.
    private async Task<IActionResult> ExecuteAsync(
        string fileName,
        string displayName,
        string json,
        CancellationToken cancellationToken)
    {
        try
        {
            await _executor.ExecuteAsync(fileName, json, cancellationToken);
            _notifier.Success(S["Recipe {0} executed.", displayName]);
        }
        catch (RecipeException exception)
        {
            TempData[FailedRecipeKey] = displayName;
            TempData[ErrorsKey] = JsonSerializer.Serialize(Shown(exception.Errors));
        }

        return RedirectToAction(nameof(Index));
    }

    private List<string> Shown(IReadOnlyList<string> errors)
    {
        var shown = errors.Take(MaxErrorsShown).ToList();
        if (errors.Count > MaxErrorsShown)
        {
            shown.Add(S["… and {0} more.", errors.Count - MaxErrorsShown]);
        }

        return shown;
    }
}
