using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.Contents.Services;

/// <summary>
/// Writes content types as a recipe with one <c>contentDefinitions</c> step, in the form that
/// step reads: the types, and the parts they use with their fields.
/// </summary>
public sealed class ContentDefinitionsExporter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IContentDefinitionManager _definitions;

    public ContentDefinitionsExporter(IContentDefinitionManager definitions)
    {
        _definitions = definitions;
    }

    /// <summary>The recipe as UTF-8 JSON.</summary>
    /// <param name="types">The types to export (with the parts they use).</param>
    /// <param name="recipeName">The recipe's name, e.g. <c>content-type-ReportProblem</c>.</param>
    /// <param name="description">What the recipe holds, in the admin's language.</param>
    /// <param name="cancellationToken">Cancels reading the definitions.</param>
    public async Task<byte[]> ExportAsync(
        IReadOnlyList<ContentTypeDefinition> types,
        string recipeName,
        string description,
        CancellationToken cancellationToken)
    {
        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var parts = types
            .SelectMany(t => t.Parts)
            .Select(p => p.PartName)
            .Distinct(StringComparer.Ordinal)
            .Select(definitions.FindPart)
            .OfType<ContentPartDefinition>()
            .ToList();

        var step = new JsonObject
        {
            ["name"] = "contentDefinitions",
            ["parts"] = JsonSerializer.SerializeToNode(parts, JsonOptions),
            ["types"] = JsonSerializer.SerializeToNode(types, JsonOptions),
        };
        var recipe = new JsonObject
        {
            ["name"] = recipeName,
            ["displayName"] = recipeName,
            ["description"] = description,
            ["steps"] = new JsonArray(step),
        };

        return JsonSerializer.SerializeToUtf8Bytes(recipe, JsonOptions);
    }
}
