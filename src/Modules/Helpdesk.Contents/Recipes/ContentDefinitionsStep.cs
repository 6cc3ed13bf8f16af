using System.Text.Json;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Infrastructure.Recipes;

namespace Helpdesk.Contents.Recipes;

/// <summary>
/// Creates or replaces content parts and types:
/// <c>{ "name": "contentDefinitions", "parts": [ { "name", "displayName", "fields": [ { "name",
/// "fieldType", "settings": { "ContentFieldSettings": { … }, "TextFieldSettings": { … } } } ] } ],
/// "types": [ { "name", "displayName", "settings": { "ContentTypeSettings": { … } }, "parts": [ { "name" } ] } ] }</c>.
/// </summary>
public sealed class ContentDefinitionsStep : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly IContentDefinitionManager _definitions;
    private readonly ContentFieldDrivers _drivers;

    public ContentDefinitionsStep(IContentDefinitionManager definitions, ContentFieldDrivers drivers)
    {
        _definitions = definitions;
        _drivers = drivers;
    }

    public string StepName => "contentDefinitions";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!TryRead(context, out var parts, out var types))
        {
            return Task.CompletedTask;
        }

        foreach (var part in parts)
        {
            CheckPart(part, context.Errors);
        }

        foreach (var type in types)
        {
            CheckType(type, context.Errors);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!TryRead(context, out var parts, out var types))
        {
            throw new RecipeException(context.Errors);
        }

        await _definitions.SaveAsync(parts, types, cancellationToken);
    }

    private static bool TryRead(
        RecipeStepContext context,
        out List<ContentPartDefinition> parts,
        out List<ContentTypeDefinition> types)
    {
        parts = [];
        types = [];
        try
        {
            parts = ReadList<ContentPartDefinition>(context.Step, "parts");
            types = ReadList<ContentTypeDefinition>(context.Step, "types");
            return true;
        }
        catch (JsonException exception)
        {
            context.Errors.Add($"The content definitions are not valid JSON of parts and types: {exception.Message}");
            return false;
        }
    }

    private static List<T> ReadList<T>(JsonElement step, string property) =>
        step.TryGetProperty(property, out var list) && list.ValueKind != JsonValueKind.Null
            ? list.Deserialize<List<T>>(JsonOptions) ?? []
            : [];

    private void CheckPart(ContentPartDefinition part, List<string> errors)
    {
        if (!ContentDefinitionManager.IsValidName(part.Name))
        {
            errors.Add($"The part name '{part.Name}' is not valid: use letters, digits and underscores, starting with a letter.");
            return;
        }

        foreach (var field in part.Fields)
        {
            CheckField(part, field, errors);
        }

        var duplicate = part.Fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add($"The part {part.Name} has two fields named {duplicate.Key}.");
        }
    }

    private void CheckField(ContentPartDefinition part, ContentFieldDefinition field, List<string> errors)
    {
        var name = $"{part.Name}.{field.Name}";
        if (!ContentDefinitionManager.IsValidName(field.Name))
        {
            errors.Add($"The field name '{name}' is not valid: use letters, digits and underscores, starting with a letter.");
        }

        var driver = _drivers.FindRegistered(field.FieldType ?? "");
        if (driver is null)
        {
            errors.Add($"The field {name} has the unknown field type '{field.FieldType}'.");
            return;
        }

        foreach (var settingsType in new[] { typeof(ContentFieldSettings), driver.SettingsType })
        {
            try
            {
                field.Settings.Get(settingsType);
            }
            catch (JsonException exception)
            {
                errors.Add($"The {settingsType.Name} of the field {name} are not valid: {exception.Message}");
            }
        }
    }

    private static void CheckType(ContentTypeDefinition type, List<string> errors)
    {
        if (!ContentDefinitionManager.IsValidName(type.Name))
        {
            errors.Add($"The content type name '{type.Name}' is not valid: use letters, digits and underscores, starting with a letter.");
        }

        if (string.IsNullOrWhiteSpace(type.DisplayName))
        {
            errors.Add($"The content type {type.Name} has no display name.");
        }

        foreach (var part in type.Parts.Where(p => !ContentDefinitionManager.IsValidName(p.Name) || !ContentDefinitionManager.IsValidName(p.PartName)))
        {
            errors.Add($"The content type {type.Name} names the part '{part.Name}', which is not a valid name.");
        }

        try
        {
            type.Settings.Get<ContentTypeSettings>();
        }
        catch (JsonException exception)
        {
            errors.Add($"The ContentTypeSettings of {type.Name} are not valid: {exception.Message}");
        }
    }
}
