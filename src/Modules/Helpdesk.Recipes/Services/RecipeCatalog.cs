using System.Text.Json;
using Helpdesk.Infrastructure.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Recipes.Services;

/// <summary>
/// The <c>*.json</c> files of the recipes folder: <c>Helpdesk:RecipesPath</c> (relative to the
/// content root) or <c>recipes/</c> beside the application, where the host copies the shipped ones.
/// </summary>
public sealed partial class RecipeCatalog : IRecipeCatalog
{
    private const string Extension = ".json";

    private readonly string _folder;
    private readonly ILogger<RecipeCatalog> _logger;

    public RecipeCatalog(IConfiguration configuration, IHostEnvironment environment, ILogger<RecipeCatalog> logger)
    {
        var configured = configuration["Helpdesk:RecipesPath"];
        _folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "recipes")
            : Path.GetFullPath(configured, environment.ContentRootPath);
        _logger = logger;
    }

    public async Task<IReadOnlyList<RecipeDescriptor>> ListAsync(CancellationToken cancellationToken = default)
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var fileName in FileNames())
        {
            recipes.Add(await DescribeAsync(fileName, cancellationToken));
        }

        return recipes;
    }

    public async Task<string?> ReadAsync(string fileName, CancellationToken cancellationToken = default)
    {
        // Only a name the folder lists is opened, so "../x.json" or an absolute path reads nothing.
        var listed = FileNames().FirstOrDefault(name => name == fileName);

        return listed is null ? null : await File.ReadAllTextAsync(Path.Combine(_folder, listed), cancellationToken);
    }

    private IEnumerable<string> FileNames() =>
        Directory.Exists(_folder)
            ? Directory.EnumerateFiles(_folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [];

    private async Task<RecipeDescriptor> DescribeAsync(string fileName, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path.Combine(_folder, fileName));
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);

            return Describe(fileName, document.RootElement);
        }
        catch (JsonException exception)
        {
            // Listed anyway, so that running it shows the error instead of the file silently missing;
            // the executor logs that as a warning, listing it on every page view would be noise.
            LogInvalidJson(exception, fileName);

            return new RecipeDescriptor(fileName, fileName, "", IsSetupRecipe: true);
        }
    }

    private static RecipeDescriptor Describe(string fileName, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new RecipeDescriptor(fileName, fileName, "", IsSetupRecipe: true);
        }

        var displayName = StringOrNull(root, "displayName");
        var description = StringOrNull(root, "description") ?? "";
        var isSetupRecipe = root.TryGetProperty("setup", out var setup) && setup.ValueKind == JsonValueKind.True;

        return new RecipeDescriptor(
            fileName,
            string.IsNullOrWhiteSpace(displayName) ? fileName : displayName,
            description,
            isSetupRecipe);
    }

    private static string? StringOrNull(JsonElement root, string propertyName) =>
        root.TryGetProperty(propertyName, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Recipe file {RecipeFile} is not valid JSON")]
    private partial void LogInvalidJson(Exception exception, string recipeFile);
}
