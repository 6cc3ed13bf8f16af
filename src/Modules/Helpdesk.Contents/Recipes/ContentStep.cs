using System.Text.Json;
using System.Text.Json.Nodes;
using Helpdesk.ContentManagement;
using Helpdesk.Infrastructure.Recipes;

namespace Helpdesk.Contents.Recipes;

/// <summary>
/// Creates or updates content items:
/// <c>{ "name": "content", "items": [ { "contentItemId", "contentType", "displayText", "owner",
/// "published": true, "content": { "Part": { "Field": { … } } } } ] }</c>. An item whose id exists
/// is updated; every item is validated like an editor's input and a failure stops the recipe.
/// </summary>
public sealed class ContentStep : IRecipeStepHandler
{
    private readonly IContentManager _contents;

    public ContentStep(IContentManager contents)
    {
        _contents = contents;
    }

    public string StepName => "content";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!context.Step.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            context.Errors.Add("The content step needs an \"items\" array.");
            return Task.CompletedTask;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            index++;
            CheckItem(item, index, context.Errors);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var element in context.Step.GetProperty("items").EnumerateArray())
        {
            index++;
            await ImportAsync(element, index, cancellationToken);
        }
    }

    private static void CheckItem(JsonElement item, int index, List<string> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"Item {index} is not an object.");
            return;
        }

        if (String(item, "contentType") is null)
        {
            errors.Add($"Item {index} has no \"contentType\".");
        }

        if (item.TryGetProperty("content", out var content) && content.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"The \"content\" of item {index} is not an object.");
        }
    }

    private async Task ImportAsync(JsonElement element, int index, CancellationToken cancellationToken)
    {
        var id = String(element, "contentItemId");
        var existing = id is null ? null : await _contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var item = existing ?? await _contents.NewAsync(String(element, "contentType")!, cancellationToken);
        if (id is not null)
        {
            item.ContentItemId = id;
        }

        item.DisplayText = String(element, "displayText") ?? item.DisplayText;
        item.Owner = String(element, "owner") ?? item.Owner;
        if (element.TryGetProperty("content", out var content))
        {
            item.Content = JsonNode.Parse(content.GetRawText())!.AsObject();
        }

        var errors = await _contents.ValidateAsync(item, ContentAudience.Staff, cancellationToken);
        if (errors.Count > 0)
        {
            throw new RecipeException(errors.Select(e => $"Item {index} ({item.ContentType} {item.ContentItemId}): {e.Key}: {e.Message}").ToList());
        }

        await SaveAsync(item, existing is null, Published(element), cancellationToken);
    }

    private async Task SaveAsync(ContentItem item, bool isNew, bool publish, CancellationToken cancellationToken)
    {
        if (isNew)
        {
            await _contents.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft, cancellationToken);
            return;
        }

        await _contents.UpdateAsync(item, cancellationToken);
        if (publish)
        {
            await _contents.PublishAsync(item, cancellationToken);
        }
    }

    private static bool Published(JsonElement element) =>
        !element.TryGetProperty("published", out var published) || published.ValueKind != JsonValueKind.False;

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
