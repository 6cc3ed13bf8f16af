using System.Text.Json;
using System.Text.Json.Nodes;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Taxonomies.Handlers;
using Helpdesk.Taxonomies.Models;
using Helpdesk.Taxonomies.Services;

namespace Helpdesk.Taxonomies.Recipes;

/// <summary>
/// Creates or updates taxonomies with their trees:
/// <c>{ "name": "taxonomies", "taxonomies": [ { "id": "products", "name": { "en": "Products", "de": "Produkte" },
/// "termType": "ProductTerm", "terms": [ { "id": "hardware", "title": { "en": "Hardware" }, "children": [ … ] } ] } ] }</c>.
/// The recipe's tree replaces the stored one; a term keeps its id (and fields) when the recipe
/// names the id, or gives no id and the same title under the same parent. Removing a term items
/// use stops the recipe.
/// </summary>
public sealed class TaxonomiesStep : IRecipeStepHandler
{
    private readonly TaxonomyService _taxonomies;
    private readonly ITaxonomyQuery _query;
    private readonly IContentManager _contents;

    public TaxonomiesStep(TaxonomyService taxonomies, ITaxonomyQuery query, IContentManager contents)
    {
        _taxonomies = taxonomies;
        _query = query;
        _contents = contents;
    }

    public string StepName => "taxonomies";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Step.TryGetProperty("taxonomies", out var taxonomies) || taxonomies.ValueKind != JsonValueKind.Array)
        {
            context.Errors.Add("The taxonomies step needs a \"taxonomies\" array.");
            return Task.CompletedTask;
        }

        var taxonomyIds = new HashSet<string>(StringComparer.Ordinal);
        var termIds = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var taxonomy in taxonomies.EnumerateArray())
        {
            index++;
            CheckTaxonomy(taxonomy, $"Taxonomy {index}", taxonomyIds, termIds, context.Errors);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var element in context.Step.GetProperty("taxonomies").EnumerateArray())
        {
            await ImportAsync(element, cancellationToken);
        }
    }

    private static void CheckTaxonomy(
        JsonElement taxonomy,
        string label,
        HashSet<string> taxonomyIds,
        HashSet<string> termIds,
        List<string> errors)
    {
        if (taxonomy.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{label} is not an object.");
            return;
        }

        var id = String(taxonomy, "id");
        label = id is null ? label : $"{label} ({id})";
        CheckId(taxonomy, label, taxonomyIds, errors);
        if (Texts(taxonomy, "name").Count == 0)
        {
            errors.Add($"{label} needs a \"name\": a text, or texts by language such as {{ \"en\": \"Products\" }}.");
        }

        if (!ContentDefinitionManager.IsValidName(String(taxonomy, "termType")))
        {
            errors.Add($"{label} needs a \"termType\": letters, digits and underscores, starting with a letter.");
        }

        CheckTerms(taxonomy, "terms", label, termIds, errors);
    }

    private static void CheckTerms(
        JsonElement parent,
        string property,
        string label,
        HashSet<string> termIds,
        List<string> errors)
    {
        if (!parent.TryGetProperty(property, out var terms))
        {
            return;
        }

        if (terms.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"The \"{property}\" of {label} is not an array.");
            return;
        }

        var index = 0;
        foreach (var term in terms.EnumerateArray())
        {
            index++;
            var termLabel = $"term {index} of {label}";
            if (term.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"The {termLabel} is not an object.");
                continue;
            }

            var id = String(term, "id");
            termLabel = id is null ? termLabel : $"term {id}";
            CheckId(term, termLabel, termIds, errors);
            if (Texts(term, "title").Count == 0)
            {
                errors.Add($"The {termLabel} needs a \"title\": a text, or texts by language such as {{ \"en\": \"Printers\", \"de\": \"Drucker\" }}.");
            }

            if (term.TryGetProperty("content", out var content) && content.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"The \"content\" of {termLabel} is not an object.");
            }

            CheckTerms(term, "children", termLabel, termIds, errors);
        }
    }

    private static void CheckId(JsonElement element, string label, HashSet<string> seen, List<string> errors)
    {
        if (!element.TryGetProperty("id", out var value))
        {
            return;
        }

        var id = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (!TaxonomyPartHandler.IsValidId(id))
        {
            errors.Add($"The id of {label} is not valid: use lowercase letters, digits and dashes (at most 50).");
        }
        else if (!seen.Add(id!))
        {
            errors.Add($"The id {id} is given more than once.");
        }
    }

    private async Task ImportAsync(JsonElement element, CancellationToken cancellationToken)
    {
        var id = String(element, "id");
        var termType = String(element, "termType")!;
        var existing = id is null ? null : await _taxonomies.FindAsync(id, cancellationToken);
        var stored = existing?.As<TaxonomyPart>() ?? new TaxonomyPart();
        var part = new TaxonomyPart
        {
            TermContentType = termType,
            Names = Texts(element, "name"),
            Terms = Terms(element, "terms", stored.Terms, stored.Terms),
        };

        await CheckRemovedTermsAsync(existing, stored, part, cancellationToken);
        var item = existing ?? await _contents.NewAsync(TaxonomyNames.ContentType, cancellationToken);
        item.ContentItemId = id ?? item.ContentItemId;
        item.Apply(part);

        var errors = await _contents.ValidateAsync(item, ContentAudience.Staff, cancellationToken);
        if (errors.Count > 0)
        {
            throw new RecipeException(errors.Select(e => $"Taxonomy {item.ContentItemId}: {e.Message}").ToList());
        }

        if (existing is null)
        {
            await _contents.CreateAsync(item, VersionOptions.Published, cancellationToken);
        }
        else
        {
            await _taxonomies.SaveAsync(item, part, cancellationToken);
        }
    }

    private async Task CheckRemovedTermsAsync(
        ContentItem? existing,
        TaxonomyPart stored,
        TaxonomyPart part,
        CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            return;
        }

        var kept = TaxonomyTree.Walk(part.Terms).Select(l => l.Term.ContentItemId).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in TaxonomyTree.Walk(stored.Terms).Where(l => !kept.Contains(l.Term.ContentItemId)))
        {
            var ids = await _query.FindItemIdsAsync(existing.ContentItemId, removed.Term.ContentItemId, includeDescendants: false, cancellationToken);
            if (ids.Count > 0)
            {
                throw new RecipeException(
                    $"Taxonomy {existing.ContentItemId}: the term {removed.Term.ContentItemId} ({removed.Term.DisplayText}) cannot be removed: {ids.Count} content items use it.");
            }
        }
    }

    private static List<TaxonomyTerm> Terms(
        JsonElement parent,
        string property,
        List<TaxonomyTerm> storedSiblings,
        List<TaxonomyTerm> storedRoots)
    {
        if (!parent.TryGetProperty(property, out var terms) || terms.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return terms.EnumerateArray().Select(element => Term(element, storedSiblings, storedRoots)).ToList();
    }

    // A term named by id may have moved to another parent; one without id is matched by title among its siblings.
    private static TaxonomyTerm Term(JsonElement element, List<TaxonomyTerm> storedSiblings, List<TaxonomyTerm> storedRoots)
    {
        var titles = Texts(element, "title");
        var id = String(element, "id");
        var stored = id is not null
            ? TaxonomyTree.Find(storedRoots, id)?.Term
            : storedSiblings.FirstOrDefault(s => s.Titles.Any(t => titles.GetValueOrDefault(t.Key) == t.Value));

        return new TaxonomyTerm
        {
            ContentItemId = id ?? stored?.ContentItemId ?? "",
            Titles = titles,
            Content = element.TryGetProperty("content", out var content)
                ? JsonNode.Parse(content.GetRawText())!.AsObject()
                : stored?.Content?.DeepClone().AsObject(),
            Children = Terms(element, "children", stored?.Children ?? [], storedRoots),
        };
    }

    private static Dictionary<string, string> Texts(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return new Dictionary<string, string> { ["en"] = value.GetString()!.Trim() };
        }

        return value.ValueKind != JsonValueKind.Object
            ? []
            : value.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.Value.GetString()))
                .ToDictionary(p => p.Name, p => p.Value.GetString()!.Trim(), StringComparer.Ordinal);
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
