using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Taxonomies;

/// <summary>
/// The real services over a fresh SQLite file with Contents and Taxonomies enabled (so the terms
/// come from the Taxonomies module, not a test source), a small product taxonomy from the
/// <c>taxonomies</c> recipe step, and the type "Device" whose "Product" field picks from it.
/// </summary>
public sealed class TaxonomyTestSite : IAsyncLifetime
{
    public const string Products = "products";

    public const string ProductsStep = """
        { "name": "taxonomies", "taxonomies": [ { "id": "products", "name": { "en": "Products", "de": "Produkte" }, "termType": "ProductTerm",
          "terms": [
            { "id": "hardware", "title": { "en": "Hardware", "de": "Hardware" }, "children": [
              { "id": "peripherals", "title": { "en": "Peripherals", "de": "Peripherie" }, "children": [
                { "id": "printers", "title": { "en": "Printers", "de": "Drucker" }, "children": [
                  { "id": "bw-laser", "title": { "en": "B/W laser", "de": "S/W-Laser" } },
                  { "id": "colour-laser", "title": { "en": "Colour laser", "de": "Farblaser" } } ] },
                { "id": "scanners", "title": { "en": "Scanners", "de": "Scanner" } } ] },
              { "id": "monitors", "title": { "en": "Monitors" } } ] },
            { "id": "software", "title": { "en": "Software", "de": "Software" }, "children": [
              { "id": "office", "title": { "en": "Office suite", "de": "Bürosoftware" } } ] } ] } ] }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-taxonomy-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The site is not started.");

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _services = BuildServices();
        await _services.InitializeDatabaseAsync();

        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Helpdesk.Taxonomies"]);
        await scope.ServiceProvider.GetRequiredService<ISiteService>().SaveSettingsAsync(new SiteSettings
        {
            DefaultLanguage = "en",
            SetupCompletedUtc = DateTime.UtcNow,
        });
        await RunStepAsync(scope.ServiceProvider, ProductsStep);
        await DefineDeviceAsync(scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>(), "Device", Products);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Validates and runs one recipe step; returns its validation errors (nothing runs when there are any).</summary>
    public static async Task<IReadOnlyList<string>> RunStepAsync(IServiceProvider services, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var step = document.RootElement.Clone();
        var name = step.GetProperty("name").GetString();
        var handler = services.GetServices<IRecipeStepHandler>().Single(h => h.StepName == name);
        var context = new RecipeStepContext("test.recipe.json", 1, step);

        await handler.ValidateAsync(context, CancellationToken.None);
        if (context.Errors.Count == 0)
        {
            await handler.ExecuteAsync(context, CancellationToken.None);
        }

        return context.Errors;
    }

    /// <summary>
    /// A taxonomy of its own with the same tree as <see cref="Products"/>, and a type "Device_{id}"
    /// whose "Product" field picks from it, for tests that change the tree.
    /// </summary>
    public async Task<string> CreateTaxonomyWithTypeAsync(string taxonomyId)
    {
        await using var scope = CreateScope();
        var errors = await RunStepAsync(scope.ServiceProvider, ProductsStep.Replace("\"id\": \"products\"", $"\"id\": \"{taxonomyId}\"", StringComparison.Ordinal));
        Assert.Empty(errors);
        var typeName = "Device_" + taxonomyId;
        await DefineDeviceAsync(scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>(), typeName, taxonomyId);

        return typeName;
    }

    private ServiceProvider BuildServices()
    {
        var services = SiteServices.Compose(_root, "Testing");
        services.AddScoped<IContentHandler, FailingHandler>();

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task DefineDeviceAsync(IContentDefinitionManager definitions, string typeName, string taxonomyId)
    {
        var product = new ContentFieldDefinition("Product", nameof(TaxonomyField))
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings { DisplayName = "Product", Position = 1 })
                .With(new TaxonomyFieldSettings { TaxonomyId = taxonomyId }),
        };
        var device = new ContentTypeDefinition(typeName, typeName)
        {
            Settings = ContentSettings.Empty.With(new ContentTypeSettings { Creatable = true }),
            Parts = [new ContentTypePartDefinition(typeName)],
        };

        await definitions.SaveAsync([new ContentPartDefinition(typeName) { Fields = [product] }], [device]);
    }
}
