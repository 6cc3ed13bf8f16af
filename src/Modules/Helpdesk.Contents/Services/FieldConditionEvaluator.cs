using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Contents.Services;

/// <summary>
/// Decides on the server which fields' conditions do not hold for an item's current values.
/// A field whose controlling field is itself hidden is hidden too. A condition that names a
/// field the type does not have, or that loops, is ignored, so no data disappears through a
/// misconfiguration.
/// </summary>
public sealed class FieldConditionEvaluator
{
    private readonly ContentFieldDrivers _drivers;
    private readonly IEnumerable<ITaxonomyTermSource> _termSources;
    private readonly IFeatureGate _gate;
    private readonly ILogger<FieldConditionEvaluator> _logger;

    public FieldConditionEvaluator(
        ContentFieldDrivers drivers,
        IEnumerable<ITaxonomyTermSource> termSources,
        IFeatureGate gate,
        ILogger<FieldConditionEvaluator> logger)
    {
        _drivers = drivers;
        _termSources = termSources;
        _gate = gate;
        _logger = logger;
    }

    /// <summary>The fields of the item's type whose condition does not hold.</summary>
    public async Task<IReadOnlySet<ContentTypeField>> FindHiddenAsync(ContentDisplayContext context)
    {
        var visibility = new Dictionary<ContentTypeField, bool?>();
        var hidden = new HashSet<ContentTypeField>();
        foreach (var field in context.Type.Fields)
        {
            if (field.Settings.Condition is not null && !await IsVisibleAsync(field, context, visibility))
            {
                hidden.Add(field);
            }
        }

        return hidden;
    }

    /// <summary>The field the condition looks at, or null when it names none of the type's fields.</summary>
    public static ContentTypeField? FindSource(ContentTypeDefinition type, ContentTypeField field) =>
        field.Settings.Condition is { } condition ? type.FindField(condition.FieldName, field.PartName) : null;

    private async Task<bool> IsVisibleAsync(
        ContentTypeField field,
        ContentDisplayContext context,
        Dictionary<ContentTypeField, bool?> visibility)
    {
        if (field.Settings.Condition is not { } condition)
        {
            return true;
        }

        if (visibility.TryGetValue(field, out var known))
        {
            // null: still being decided, so the conditions loop; ignore the condition.
            return known ?? true;
        }

        visibility[field] = null;
        var source = FindSource(context.Type, field);
        bool visible;
        if (source is null || source == field)
        {
            _logger.LogWarning("The condition of {Field} names {ConditionField}, which is no other field of {ContentType}",
                field.InputPrefix, condition.FieldName, context.Type.Name);
            visible = true;
        }
        else
        {
            visible = await IsVisibleAsync(source, context, visibility) && await HoldsAsync(condition, source, context);
        }

        visibility[field] = visible;

        return visible;
    }

    private async Task<bool> HoldsAsync(FieldCondition condition, ContentTypeField source, ContentDisplayContext context)
    {
        var driver = _drivers.Find(source.FieldType);
        var values = driver?.GetConditionValues(new ContentFieldContext(context, source)) ?? [];

        return condition.Operator switch
        {
            FieldConditionOperator.Equals => condition.Values.Count > 0 && values.Contains(condition.Values[0]),
            FieldConditionOperator.In => values.Any(condition.Values.Contains),
            FieldConditionOperator.UnderTerm => await IsUnderAsync(values, condition.Values, source, context.CancellationToken),
            _ => false,
        };
    }

    private async Task<bool> IsUnderAsync(
        IReadOnlyList<string> termIds,
        IReadOnlyList<string> ancestorIds,
        ContentTypeField source,
        CancellationToken cancellationToken)
    {
        var taxonomyId = source.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId;
        var terms = _gate.Active(_termSources).FirstOrDefault();
        if (taxonomyId is null || terms is null)
        {
            return false;
        }

        foreach (var termId in termIds)
        {
            var term = await terms.FindTermAsync(taxonomyId, termId, cancellationToken);
            if (term is not null && ancestorIds.Any(term.IsAtOrUnder))
            {
                return true;
            }
        }

        return false;
    }
}
