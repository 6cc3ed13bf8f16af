using System.Text.Json;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Infrastructure.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests;

public sealed class RecipeStepTests : IClassFixture<ContentTestSite>
{
    private readonly ContentTestSite _site;

    public RecipeStepTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task ContentDefinitionsStepCreatesTypesWithFieldsAndSettings()
    {
        const string step = """
            {
              "name": "contentDefinitions",
              "parts": [ { "name": "Complaint", "fields": [
                { "name": "Keyword", "fieldType": "TextField",
                  "settings": { "ContentFieldSettings": { "displayName": "Keyword", "required": true, "position": 1 },
                                "TextFieldSettings": { "maxLength": 80 } } } ] } ],
              "types": [ { "name": "Complaint", "displayName": "File a complaint",
                           "settings": { "ContentTypeSettings": { "creatable": true, "stereotype": "Ticket" } },
                           "parts": [ { "name": "Complaint" } ] } ]
            }
            """;
        await using var scope = _site.CreateScope();
        var handler = Handler(scope.ServiceProvider, "contentDefinitions");
        var context = Context(step);

        await handler.ValidateAsync(context, CancellationToken.None);
        await handler.ExecuteAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
        var complaint = (await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Complaint"))!;
        Assert.Equal("File a complaint", complaint.DisplayName);
        Assert.Equal("Ticket", complaint.TypeSettings.Stereotype);
        var keyword = Assert.Single(complaint.Fields);
        Assert.True(keyword.Settings.Required);
        Assert.Equal(80, keyword.Definition.Settings.Get<TextFieldSettings>().MaxLength);
    }

    [Fact]
    public async Task ContentDefinitionsStepNamesEveryProblemBeforeAnythingRuns()
    {
        const string step = """
            {
              "name": "contentDefinitions",
              "parts": [ { "name": "Broken", "fields": [
                { "name": "Serial number", "fieldType": "TextField" },
                { "name": "Colour", "fieldType": "PaintField" },
                { "name": "Count", "fieldType": "NumberField", "settings": { "NumberFieldSettings": { "minimum": "many" } } } ] } ],
              "types": [ { "name": "Broken", "displayName": "" } ]
            }
            """;
        await using var scope = _site.CreateScope();
        var context = Context(step);

        await Handler(scope.ServiceProvider, "contentDefinitions").ValidateAsync(context, CancellationToken.None);

        Assert.Equal(4, context.Errors.Count);
        Assert.Contains("The field name 'Broken.Serial number' is not valid: use letters, digits and underscores, starting with a letter.", context.Errors);
        Assert.Contains("The field Broken.Colour has the unknown field type 'PaintField'.", context.Errors);
        Assert.Contains(context.Errors, e => e.StartsWith("The NumberFieldSettings of the field Broken.Count are not valid:", StringComparison.Ordinal));
        Assert.Contains("The content type Broken has no display name.", context.Errors);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Broken"));
    }

    [Fact]
    public async Task ContentStepCreatesThenUpdatesItemsByTheirId()
    {
        const string create = """
            { "name": "content", "items": [ { "contentItemId": "faq-printer", "contentType": "Article", "displayText": "Printer FAQ",
              "content": { "Article": { "Body": { "Text": "Turn it off and on again." } } } } ] }
            """;
        const string update = """
            { "name": "content", "items": [ { "contentItemId": "faq-printer", "contentType": "Article", "displayText": "Printer FAQ, revised" } ] }
            """;
        await using var scope = _site.CreateScope();
        var handler = Handler(scope.ServiceProvider, "content");
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();

        await handler.ExecuteAsync(Context(create), CancellationToken.None);
        var created = await contents.GetAsync("faq-printer", VersionOptions.Published);
        await handler.ExecuteAsync(Context(update), CancellationToken.None);
        var updated = await contents.GetAsync("faq-printer", VersionOptions.Published);

        Assert.Equal("Turn it off and on again.", created!.GetField<TextField>("Article", "Body")!.Text);
        Assert.Equal("Printer FAQ, revised", updated!.DisplayText);
        Assert.Equal(2, (await contents.GetVersionsAsync("faq-printer")).Count);
    }

    [Fact]
    public async Task ContentStepRefusesAnItemThatBreaksTheFieldRules()
    {
        const string step = """
            { "name": "content", "items": [ { "contentItemId": "bad-request", "contentType": "Request",
              "content": { "Request": { "Keyword": { "Text": "Printer" }, "Product": { "TermIds": [ "red" ] } } } } ] }
            """;
        await using var scope = _site.CreateScope();
        var handler = Handler(scope.ServiceProvider, "content");
        var context = Context(step);

        await handler.ValidateAsync(context, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<RecipeException>(() => handler.ExecuteAsync(context, CancellationToken.None));

        Assert.Empty(context.Errors);
        Assert.Contains("Item 1 (Request bad-request): Request.Product.TermIds: Product: the chosen term does not belong to the taxonomy.", refused.Errors);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync("bad-request"));
    }

    [Fact]
    public async Task ContentStepValidationNeedsItemsWithATypeEach()
    {
        await using var scope = _site.CreateScope();
        var handler = Handler(scope.ServiceProvider, "content");
        var missingItems = Context("""{ "name": "content" }""");
        var missingType = Context("""{ "name": "content", "items": [ { "content": [] } ] }""");

        await handler.ValidateAsync(missingItems, CancellationToken.None);
        await handler.ValidateAsync(missingType, CancellationToken.None);

        Assert.Equal(["The content step needs an \"items\" array."], missingItems.Errors);
        Assert.Equal(["Item 1 has no \"contentType\".", "The \"content\" of item 1 is not an object."], missingType.Errors);
    }

    private static IRecipeStepHandler Handler(IServiceProvider services, string name) =>
        services.GetServices<IRecipeStepHandler>().Single(h => h.StepName == name);

    private static RecipeStepContext Context(string json) =>
        new("test.recipe.json", 1, JsonDocument.Parse(json).RootElement.Clone());
}
