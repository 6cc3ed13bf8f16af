using System.Text.Json;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Recipes.Steps;

/// <summary>
/// <c>{"name": "feature", "enable": ["Id", ...], "disable": ["Id", ...]}</c>: disables, then enables
/// features with their dependencies (the feature manager keeps the closure consistent).
/// </summary>
public sealed class FeatureStep : IRecipeStepHandler
{
    public const string Name = "feature";

    private readonly ModuleCatalog _catalog;
    private readonly IFeatureManager _features;

    public FeatureStep(ModuleCatalog catalog, IFeatureManager features, IStringLocalizer<FeatureStep> localizer)
    {
        _catalog = catalog;
        _features = features;
        S = localizer;
    }

    public string StepName => Name;

    private IStringLocalizer S { get; }

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ValidateShape(context);

        var changes = FeatureChanges.Read(context.Step);
        ValidateEnable(context, changes);
        ValidateDisable(context, changes);

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var changes = FeatureChanges.Read(context.Step);
        if (changes.Disable.Count > 0)
        {
            await _features.DisableAsync(changes.Disable, cancellationToken);
        }

        if (changes.Enable.Count > 0)
        {
            await _features.EnableAsync(changes.Enable, cancellationToken);
        }
    }

    private void ValidateShape(RecipeStepContext context)
    {
        foreach (var property in context.Step.EnumerateObject())
        {
            if (property.Name is FeatureChanges.EnableProperty or FeatureChanges.DisableProperty)
            {
                ValidateIdList(context, property);
            }
            else if (property.Name != "name")
            {
                context.Errors.Add(S["Unknown property \"{0}\".", property.Name]);
            }
        }
    }

    private void ValidateIdList(RecipeStepContext context, JsonProperty property)
    {
        var isListOfStrings = property.Value.ValueKind == JsonValueKind.Array
            && property.Value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String);
        if (!isListOfStrings)
        {
            context.Errors.Add(S["\"{0}\" must be a list of feature ids.", property.Name]);
        }
    }

    private void ValidateEnable(RecipeStepContext context, FeatureChanges changes)
    {
        foreach (var id in changes.Enable.Where(id => _catalog.FindFeature(id) is null))
        {
            context.Errors.Add(S["No module provides the feature \"{0}\".", id]);
        }

        foreach (var id in changes.Enable.Intersect(changes.Disable, StringComparer.Ordinal))
        {
            context.Errors.Add(S["The feature \"{0}\" is both enabled and disabled.", id]);
        }
    }

    private void ValidateDisable(RecipeStepContext context, FeatureChanges changes)
    {
        foreach (var id in changes.Disable)
        {
            var feature = _catalog.FindFeature(id);
            if (feature is null)
            {
                context.Errors.Add(S["No module provides the feature \"{0}\".", id]);
            }
            else if (feature.AlwaysEnabled)
            {
                context.Errors.Add(S["The feature \"{0}\" is always enabled and cannot be disabled.", id]);
            }
        }

        var known = changes.Enable.Where(id => _catalog.FindFeature(id) is not null);
        foreach (var id in known)
        {
            var needed = _features.Dependencies(id).FirstOrDefault(d => changes.Disable.Contains(d.Id));
            if (needed is not null)
            {
                context.Errors.Add(S["The feature \"{0}\" cannot be enabled while \"{1}\", which it needs, is disabled.", id, needed.Id]);
            }
        }
    }
}
