using Helpdesk.Recipes.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Helpdesk.Tests.Recipes;

public sealed class RecipeCatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-catalog-" + Guid.NewGuid().ToString("N"));
    private readonly RecipeCatalog _catalog;

    public RecipeCatalogTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "recipes"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Helpdesk:RecipesPath"] = "recipes" })
            .Build();
        var environment = new HostingEnvironment { ContentRootPath = _root };
        _catalog = new RecipeCatalog(configuration, environment, NullLogger<RecipeCatalog>.Instance);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ListsRecipesWithTheirNamesAndInvalidFilesByFileName()
    {
        Write("recipes/demo.recipe.json", """{ "displayName": "Demo data", "description": "Sample tickets.", "steps": [] }""");
        Write("recipes/broken.recipe.json", "{ not json");
        Write("recipes/notes.txt", "not a recipe");

        var recipes = await _catalog.ListAsync();

        Assert.Equal(["broken.recipe.json", "demo.recipe.json"], recipes.Select(r => r.FileName));
        Assert.Equal("broken.recipe.json", recipes[0].DisplayName);
        Assert.Equal(("Demo data", "Sample tickets.", false), (recipes[1].DisplayName, recipes[1].Description, recipes[1].IsSetupRecipe));
    }

    [Fact]
    public async Task ReadsOnlyListedFiles()
    {
        Write("recipes/demo.recipe.json", """{ "steps": [] }""");
        Write("secret.json", """{ "password": "x" }""");

        Assert.Equal("""{ "steps": [] }""", await _catalog.ReadAsync("demo.recipe.json"));
        Assert.Null(await _catalog.ReadAsync("../secret.json"));
        Assert.Null(await _catalog.ReadAsync(Path.Combine(_root, "secret.json")));
        Assert.Null(await _catalog.ReadAsync("missing.recipe.json"));
    }

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_root, relativePath), text);
}
