using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>
/// Terms of one taxonomy (e.g. the product tree), picked level by level or by typing. Terms
/// come from the <see cref="ITaxonomyTermSource"/> the Taxonomies module provides.
/// </summary>
public sealed class TaxonomyFieldDisplayDriver : ContentFieldDisplayDriver<TaxonomyField, TaxonomyFieldSettings>
{
    private readonly IEnumerable<ITaxonomyTermSource> _sources;
    private readonly IFeatureGate _gate;
    private readonly IHttpContextAccessor _httpContextAccessor;

    public TaxonomyFieldDisplayDriver(
        IEnumerable<ITaxonomyTermSource> sources,
        IFeatureGate gate,
        IHttpContextAccessor httpContextAccessor,
        IStringLocalizer<TaxonomyFieldDisplayDriver> localizer)
    {
        _sources = sources;
        _gate = gate;
        _httpContextAccessor = httpContextAccessor;
        S = localizer;
    }

    public override string ValueProperty => nameof(TaxonomyField.TermIds);

    private IStringLocalizer S { get; }

    private ITaxonomyTermSource? Terms => _gate.Active(_sources).FirstOrDefault();

    protected override bool HasValue(TaxonomyField field) => field.TermIds.Length > 0;

    protected override IReadOnlyList<string> ConditionValues(TaxonomyField field) => field.TermIds;

    protected override bool ApplyDefault(TaxonomyField field, string defaultValue, TaxonomyFieldSettings settings)
    {
        field.TermIds = [defaultValue];

        return true;
    }

    protected override async ValueTask<ContentShape?> DisplayAsync(
        TaxonomyField field,
        TaxonomyFieldSettings settings,
        ContentFieldContext context)
    {
        var (terms, unknown) = await FindAsync(field.TermIds, settings, context);
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        model.Values = terms.Select(TaxonomyFieldEditViewModel.PathText).Concat(unknown).ToList();

        return DisplayShape(context, model);
    }

    protected override async ValueTask<ContentShape?> EditAsync(
        TaxonomyField field,
        TaxonomyFieldSettings settings,
        ContentFieldContext context)
    {
        var ids = context.Content.IsPostBack ? Read(context) : field.TermIds;
        var (selected, unknown) = await FindAsync(ids, settings, context);
        var model = EditorModel<TaxonomyFieldEditViewModel>(context);
        model.Selected = selected;
        model.UnknownIds = unknown;
        model.Multiple = settings.Multiple;
        model.LeavesOnly = settings.LeavesOnly;
        model.Available = Terms is not null && settings.TaxonomyId is not null;
        model.TermsUrl = TermsUrl(context);
        model.Levels = model.Available
            ? await LevelsAsync(settings.TaxonomyId!, settings.Multiple || selected.Count == 0 ? null : selected[0], context)
            : [];

        return EditorShape(context, model);
    }

    protected override ValueTask<TaxonomyField?> UpdateAsync(TaxonomyFieldSettings settings, ContentFieldContext context) =>
        ValueTask.FromResult<TaxonomyField?>(new TaxonomyField { TermIds = Read(context) });

    protected override async Task ValidateAsync(TaxonomyField field, TaxonomyFieldSettings settings, ContentFieldContext context)
    {
        var name = context.Field.DisplayName;
        if (Terms is not { } terms || settings.TaxonomyId is null)
        {
            context.AddError(ValueProperty, S["{0} cannot be checked: no taxonomy is available for it.", name]);
            return;
        }

        if (!settings.Multiple && field.TermIds.Length > 1)
        {
            context.AddError(ValueProperty, S["{0} allows only one choice.", name]);
            return;
        }

        foreach (var termId in field.TermIds)
        {
            var term = await terms.FindTermAsync(settings.TaxonomyId, termId, context.Content.CancellationToken);
            if (term is null)
            {
                context.AddError(ValueProperty, S["{0}: the chosen term does not belong to the taxonomy.", name]);
                return;
            }

            if (settings.LeavesOnly && !term.IsLeaf)
            {
                context.AddError(ValueProperty, S["{0}: choose a term at the lowest level beneath {1}.", name, term.DisplayText]);
                return;
            }
        }
    }

    private async Task<(IReadOnlyList<TaxonomyTermInfo> Found, IReadOnlyList<string> Unknown)> FindAsync(
        IEnumerable<string> termIds,
        TaxonomyFieldSettings settings,
        ContentFieldContext context)
    {
        var found = new List<TaxonomyTermInfo>();
        var unknown = new List<string>();
        foreach (var termId in termIds)
        {
            var term = Terms is { } terms && settings.TaxonomyId is { } taxonomyId
                ? await terms.FindTermAsync(taxonomyId, termId, context.Content.CancellationToken)
                : null;
            if (term is null)
            {
                unknown.Add(termId);
            }
            else
            {
                found.Add(term);
            }
        }

        return (found, unknown);
    }

    // The top level, then the children of each term on the way down to the chosen one, then
    // its own children when more levels lie beneath it.
    private async Task<IReadOnlyList<TaxonomyLevelViewModel>> LevelsAsync(
        string taxonomyId,
        TaxonomyTermInfo? selected,
        ContentFieldContext context)
    {
        var path = selected is null ? [] : selected.Ancestors.Select(a => a.TermId).Append(selected.TermId).ToList();
        var levels = new List<TaxonomyLevelViewModel>();
        string? parentId = null;
        for (var depth = 0; depth <= path.Count; depth++)
        {
            var children = await Terms!.GetChildrenAsync(taxonomyId, parentId, context.Content.CancellationToken);
            if (children.Count == 0)
            {
                break;
            }

            var selectedId = depth < path.Count ? path[depth] : null;
            levels.Add(new TaxonomyLevelViewModel(children, selectedId));
            parentId = selectedId;
            if (parentId is null)
            {
                break;
            }
        }

        return levels;
    }

    private string TermsUrl(ContentFieldContext context)
    {
        var pathBase = _httpContextAccessor.HttpContext?.Request.PathBase.Value ?? "";
        var field = context.Field;

        return $"{pathBase}/contents/taxonomy-field/{context.Content.Type.Name}/{field.PartName}/{field.FieldName}/terms";
    }

    private string[] Read(ContentFieldContext context) =>
        context.Posted(ValueProperty).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
