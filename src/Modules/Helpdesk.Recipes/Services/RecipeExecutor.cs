using System.Text.Json;
using Helpdesk.Data;
using Helpdesk.Data.Migrations;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Recipes.Steps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Recipes.Services;

/// <summary>
/// Validates every step of a recipe, runs the migrations of the features it enables, then runs
/// all steps in one transaction of the scoped <see cref="HelpdeskDbContext"/>, which the step
/// handlers share. Errors are localised for the UI and name the file, the step and the reason.
/// </summary>
public sealed partial class RecipeExecutor : IRecipeExecutor
{
    private readonly HelpdeskDbContext _db;
    private readonly IEnumerable<IRecipeStepHandler> _handlers;
    private readonly IFeatureGate _gate;
    private readonly IFeatureManager _features;
    private readonly ModuleCatalog _catalog;
    private readonly MigrationService _migrations;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger<RecipeExecutor> _logger;

    public RecipeExecutor(
        HelpdeskDbContext db,
        IEnumerable<IRecipeStepHandler> handlers,
        IFeatureGate gate,
        IFeatureManager features,
        ModuleCatalog catalog,
        MigrationService migrations,
        IServiceScopeFactory scopeFactory,
        IStringLocalizer<RecipeExecutor> localizer,
        ILogger<RecipeExecutor> logger)
    {
        _db = db;
        _handlers = handlers;
        _gate = gate;
        _features = features;
        _catalog = catalog;
        _migrations = migrations;
        _scopeFactory = scopeFactory;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    public async Task ExecuteAsync(string fileName, string json, CancellationToken cancellationToken = default)
    {
        using var document = Parse(fileName, json);
        var steps = ReadSteps(fileName, document.RootElement);

        var plan = await ValidateAsync(fileName, steps, cancellationToken);
        Migrate(fileName, plan);
        await RunAsync(fileName, plan, cancellationToken);

        LogExecuted(fileName, plan.Steps.Count);
    }

    private JsonDocument Parse(string fileName, string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            var reason = exception.Message.Split(" LineNumber:", 2)[0].Trim();

            throw Invalid(fileName, S["{0}: not valid JSON at line {1}, position {2}: {3}", fileName, line, position, reason]);
        }
    }

    private List<JsonElement> ReadSteps(string fileName, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("steps", out var steps)
            || steps.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(fileName, S["{0}: a recipe must be a JSON object with a \"steps\" list.", fileName]);
        }

        return steps.EnumerateArray().ToList();
    }

    private async Task<RecipePlan> ValidateAsync(string fileName, List<JsonElement> steps, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var planned = new List<PlannedStep>();
        var enabled = _catalog.Features.Where(f => _gate.IsEnabled(f.Id)).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var toMigrate = new HashSet<string>(StringComparer.Ordinal);

        for (var index = 1; index <= steps.Count; index++)
        {
            var context = new RecipeStepContext(fileName, index, steps[index - 1]);
            var step = await ValidateStepAsync(context, enabled, errors, cancellationToken);
            if (step is null)
            {
                continue;
            }

            planned.Add(step);
            if (step.Name == FeatureStep.Name)
            {
                Simulate(FeatureChanges.Read(context.Step), enabled, toMigrate);
            }
        }

        if (errors.Count > 0)
        {
            LogInvalid(fileName, errors.Count);
            throw new RecipeException(errors);
        }

        var migrateInOrder = _catalog.Features.Where(f => toMigrate.Contains(f.Id)).Select(f => f.Id).ToList();

        return new RecipePlan(planned, migrateInOrder);
    }

    private async Task<PlannedStep?> ValidateStepAsync(
        RecipeStepContext context,
        IReadOnlySet<string> enabled,
        List<string> errors,
        CancellationToken cancellationToken)
    {
        var name = StepName(context.Step);
        if (name is null)
        {
            errors.Add(S["{0}: step {1}: a step must be a JSON object with a \"name\".", context.RecipeFileName, context.Index]);
            return null;
        }

        var handler = FindHandler(context, name, enabled, errors);
        if (handler is null)
        {
            return null;
        }

        try
        {
            await handler.ValidateAsync(context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogValidationFailed(exception, context.RecipeFileName, context.Index, name);
            context.Errors.Add(S["the step could not be checked: {0}", Reason(exception)]);
        }

        errors.AddRange(context.Errors.Select(reason => StepError(context, name, reason)));
        context.Errors.Clear();

        return new PlannedStep(context, handler);
    }

    private IRecipeStepHandler? FindHandler(
        RecipeStepContext context,
        string name,
        IReadOnlySet<string> enabled,
        List<string> errors)
    {
        var candidates = _handlers.Where(h => h.StepName == name).ToList();
        var handler = candidates.FirstOrDefault(h => IsAvailable(h, enabled));
        if (handler is not null)
        {
            return handler;
        }

        if (candidates.Count == 0)
        {
            errors.Add(StepError(context, name, S["no module provides this step."]));
        }
        else
        {
            var feature = _catalog.GetFeature(_gate.FeatureOf(candidates[0].GetType())!);
            errors.Add(StepError(context, name, S["the step belongs to the feature \"{0}\", which is not enabled; enable it in an earlier feature step.", feature.Id]));
        }

        return null;
    }

    private bool IsAvailable(IRecipeStepHandler handler, IReadOnlySet<string> enabled)
    {
        var featureId = _gate.FeatureOf(handler.GetType());

        return featureId is null || enabled.Contains(featureId);
    }

    // Mirrors what the feature step will do, so later steps may use handlers of features it enables.
    private void Simulate(FeatureChanges changes, HashSet<string> enabled, HashSet<string> toMigrate)
    {
        foreach (var id in changes.Disable.Where(id => _catalog.FindFeature(id) is { AlwaysEnabled: false }))
        {
            enabled.RemoveWhere(other => other == id || _features.Dependencies(other).Any(d => d.Id == id));
        }

        foreach (var id in changes.Enable.Where(id => _catalog.FindFeature(id) is not null))
        {
            var closure = _features.Dependencies(id).Select(d => d.Id).Append(id).ToList();
            enabled.UnionWith(closure);
            toMigrate.UnionWith(closure);
        }
    }

    // SQLite allows one writer and FluentMigrator opens its own connection, so migrating inside
    // the transaction would wait for itself; the feature manager finds these already applied.
    private void Migrate(string fileName, RecipePlan plan)
    {
        foreach (var featureId in plan.FeaturesToMigrate)
        {
            try
            {
                _migrations.MigrateFeature(featureId);
            }
            catch (Exception exception)
            {
                LogMigrationFailed(exception, fileName, featureId);
                throw new RecipeException(
                    S["{0}: the migrations of the feature \"{1}\" failed: {2}", fileName, featureId, Reason(exception)],
                    exception);
            }
        }
    }

    private async Task RunAsync(string fileName, RecipePlan plan, CancellationToken cancellationToken)
    {
        if (_db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A recipe runs in a transaction of its own; run it outside any other.");
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        PlannedStep? current = null;
        try
        {
            foreach (var step in plan.Steps)
            {
                current = step;
                cancellationToken.ThrowIfCancellationRequested();
                await step.Handler.ExecuteAsync(step.Context, cancellationToken);
            }

            current = null;
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            await RollBackAsync(fileName, transaction);
            if (exception is OperationCanceledException)
            {
                throw;
            }

            throw Failed(fileName, current, exception);
        }
    }

    private async Task RollBackAsync(string fileName, IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogRollbackFailed(exception, fileName);
        }

        _db.ChangeTracker.Clear();

        // A fresh scope reads the committed feature set: this scope's document store still
        // remembers what it saved inside the rolled back transaction.
        await using var scope = _scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().ReloadAsync(CancellationToken.None);
    }

    private RecipeException Failed(string fileName, PlannedStep? step, Exception exception)
    {
        if (step is null)
        {
            LogCommitFailed(exception, fileName);

            return new RecipeException(S["{0}: the changes could not be saved: {1}", fileName, Reason(exception)], exception);
        }

        LogStepFailed(exception, fileName, step.Context.Index, step.Name);

        return new RecipeException(StepError(step.Context, step.Name, Reason(exception)), exception);
    }

    private string StepError(RecipeStepContext context, string name, string reason) =>
        S["{0}: step {1} ({2}): {3}", context.RecipeFileName, context.Index, name, reason];

    private RecipeException Invalid(string fileName, string error)
    {
        LogInvalid(fileName, 1);

        return new RecipeException([error]);
    }

    private static string? StepName(JsonElement step) =>
        step.ValueKind == JsonValueKind.Object
            && step.TryGetProperty("name", out var name)
            && name.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(name.GetString())
                ? name.GetString()
                : null;

    private static string Reason(Exception exception) => exception.GetBaseException().Message;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Recipe {RecipeFile} executed ({StepCount} steps)")]
    private partial void LogExecuted(string recipeFile, int stepCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Recipe {RecipeFile} is invalid ({ErrorCount} errors); nothing was run")]
    private partial void LogInvalid(string recipeFile, int errorCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Recipe {RecipeFile} failed at step {StepIndex} ({StepName}) and was rolled back")]
    private partial void LogStepFailed(Exception exception, string recipeFile, int stepIndex, string stepName);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Recipe {RecipeFile} could not be committed and was rolled back")]
    private partial void LogCommitFailed(Exception exception, string recipeFile);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Recipe {RecipeFile}: the migrations of feature {FeatureId} failed; no step was run")]
    private partial void LogMigrationFailed(Exception exception, string recipeFile, string featureId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Recipe {RecipeFile}: checking step {StepIndex} ({StepName}) failed")]
    private partial void LogValidationFailed(Exception exception, string recipeFile, int stepIndex, string stepName);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Rolling back recipe {RecipeFile} failed")]
    private partial void LogRollbackFailed(Exception exception, string recipeFile);
}
