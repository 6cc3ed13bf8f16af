using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Services;

/// <summary>
/// Reads the condition of the field settings form. Admins may name choice options and taxonomy
/// terms as they see them (label, term name); the condition stores the values the field holds
/// (option value, term id).
/// </summary>
public sealed class FieldConditionValues
{
    private const int TermSearchLimit = 20;

    private readonly IEnumerable<ITaxonomyTermSource> _sources;
    private readonly IFeatureGate _gate;

    public FieldConditionValues(
        IEnumerable<ITaxonomyTermSource> sources,
        IFeatureGate gate,
        IStringLocalizer<FieldConditionValues> localizer)
    {
        _sources = sources;
        _gate = gate;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    /// <summary>The condition, or null for none or when the form has errors (added to <paramref name="modelState"/>).</summary>
    public async Task<FieldCondition?> ReadAsync(
        FieldSettingsViewModel model,
        ContentTypeDefinition type,
        ContentTypeField field,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.ConditionField))
        {
            return null;
        }

        var source = type.Fields.FirstOrDefault(f => f.InputPrefix == model.ConditionField);
        if (source is null || source.InputPrefix == field.InputPrefix)
        {
            modelState.AddModelError(nameof(model.ConditionField), S["Choose another field of this content type."]);
            return null;
        }

        if (!CheckOperator(model, source, modelState))
        {
            return null;
        }

        var values = await ReadValuesAsync(model, source, modelState, cancellationToken);

        return values is null ? null : new FieldCondition
        {
            FieldName = source.PartName == field.PartName ? source.FieldName : source.InputPrefix,
            Operator = model.ConditionOperator,
            Values = values,
        };
    }

    private bool CheckOperator(FieldSettingsViewModel model, ContentTypeField source, ModelStateDictionary modelState)
    {
        if (model.ConditionOperator == FieldConditionOperator.UnderTerm && source.FieldType != nameof(TaxonomyField))
        {
            modelState.AddModelError(nameof(model.ConditionOperator), S["\"is under term\" works only with a taxonomy field."]);
            return false;
        }

        return true;
    }

    private async Task<IReadOnlyList<string>?> ReadValuesAsync(
        FieldSettingsViewModel model,
        ContentTypeField source,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        var key = nameof(model.ConditionValues);
        var entered = (model.ConditionValues ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entered.Length == 0)
        {
            modelState.AddModelError(key, S["Enter the value the other field must have."]);
            return null;
        }

        if (model.ConditionOperator == FieldConditionOperator.Equals && entered.Length > 1)
        {
            modelState.AddModelError(key, S["\"is\" compares with one value; choose \"is one of\" for several."]);
            return null;
        }

        var values = new List<string>();
        foreach (var text in entered)
        {
            var value = await ToStoredValueAsync(source, text, cancellationToken);
            if (value is null)
            {
                modelState.AddModelError(key, S["'{0}' is not a value {1} can have.", text, source.DisplayName]);
                return null;
            }

            values.Add(value);
        }

        return values.Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task<string?> ToStoredValueAsync(ContentTypeField source, string text, CancellationToken cancellationToken) =>
        source.FieldType switch
        {
            nameof(ChoiceField) => ChoiceValue(source, text),
            nameof(BooleanField) => bool.TryParse(text, out var flag) ? (flag ? "true" : "false") : null,
            nameof(TaxonomyField) => await TermIdAsync(source, text, cancellationToken),
            _ => text,
        };

    private static string? ChoiceValue(ContentTypeField source, string text)
    {
        var options = source.Definition.Settings.Get<ChoiceFieldSettings>().Options;

        return options.FirstOrDefault(o => o.Value == text)?.Value
            ?? options.FirstOrDefault(o => string.Equals(o.Label, text, StringComparison.CurrentCultureIgnoreCase))?.Value;
    }

    // Without a term source (Taxonomies disabled) the id cannot be checked and is kept as typed.
    private async Task<string?> TermIdAsync(ContentTypeField source, string text, CancellationToken cancellationToken)
    {
        var taxonomyId = source.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId;
        var terms = _gate.Active(_sources).FirstOrDefault();
        if (terms is null || taxonomyId is null)
        {
            return text;
        }

        if (await terms.FindTermAsync(taxonomyId, text, cancellationToken) is { } term)
        {
            return term.TermId;
        }

        var found = await terms.SearchAsync(taxonomyId, text, TermSearchLimit, cancellationToken);

        return found.FirstOrDefault(t => string.Equals(t.DisplayText, text, StringComparison.CurrentCultureIgnoreCase))?.TermId;
    }
}
