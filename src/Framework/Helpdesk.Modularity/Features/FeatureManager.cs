using Microsoft.Extensions.Logging;

namespace Helpdesk.Modularity.Features;

public sealed partial class FeatureManager : IFeatureManager
{
    private readonly ModuleCatalog _catalog;
    private readonly EnabledFeatures _enabled;
    private readonly IFeatureStateStore _store;
    private readonly IEnumerable<IFeatureEventHandler> _handlers;
    private readonly ILogger<FeatureManager> _logger;

    public FeatureManager(
        ModuleCatalog catalog,
        EnabledFeatures enabled,
        IFeatureStateStore store,
        IEnumerable<IFeatureEventHandler> handlers,
        ILogger<FeatureManager> logger)
    {
        _catalog = catalog;
        _enabled = enabled;
        _store = store;
        _handlers = handlers;
        _logger = logger;
    }

    public async Task<IReadOnlyList<FeatureInfo>> EnableAsync(
        IEnumerable<string> featureIds,
        CancellationToken cancellationToken = default)
    {
        // Always-enabled features join the first change, so their own events (and migrations)
        // have run before anything that may rely on their tables.
        var wanted = featureIds.Select(_catalog.GetFeature)
            .Concat(_catalog.Features.Where(f => f.AlwaysEnabled))
            .SelectMany(f => Dependencies(f.Id).Append(f))
            .ToHashSet();
        var current = await LoadEnabledAsync(cancellationToken);
        var toEnable = _catalog.Features.Where(f => wanted.Contains(f) && !current.Contains(f.Id)).ToList();

        foreach (var feature in toEnable)
        {
            await RaiseAsync((h, ct) => h.EnablingAsync(feature, ct), cancellationToken);
        }

        await SaveAsync(current.Concat(toEnable.Select(f => f.Id)), cancellationToken);

        foreach (var feature in toEnable)
        {
            await RaiseAsync((h, ct) => h.EnabledAsync(feature, ct), cancellationToken);
            LogFeatureEnabled(feature.Id);
        }

        return toEnable;
    }

    public async Task<IReadOnlyList<FeatureInfo>> DisableAsync(
        IEnumerable<string> featureIds,
        CancellationToken cancellationToken = default)
    {
        var requested = featureIds.Select(_catalog.GetFeature).ToList();
        var alwaysOn = requested.FirstOrDefault(f => f.AlwaysEnabled);
        if (alwaysOn is not null)
        {
            throw new InvalidOperationException($"Feature '{alwaysOn.Id}' is always enabled.");
        }

        var current = await LoadEnabledAsync(cancellationToken);
        var affected = requested.SelectMany(f => EnabledDependents(f.Id, current).Append(f)).ToHashSet();
        var toDisable = _catalog.Features.Reverse().Where(f => affected.Contains(f) && current.Contains(f.Id)).ToList();

        await SaveAsync(current.Except(toDisable.Select(f => f.Id)), cancellationToken);

        foreach (var feature in toDisable)
        {
            await RaiseAsync((h, ct) => h.DisabledAsync(feature, ct), cancellationToken);
            LogFeatureDisabled(feature.Id);
        }

        return toDisable;
    }

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var stored = await _store.LoadAsync(cancellationToken);
        _enabled.Replace(WithAlwaysEnabled(stored));
    }

    public IReadOnlyList<FeatureInfo> EnabledDependents(string featureId) =>
        EnabledDependents(featureId, _enabled.Ids);

    public IReadOnlyList<FeatureInfo> Dependencies(string featureId)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(_catalog.GetFeature(featureId).Dependencies);
        while (pending.TryPop(out var id))
        {
            if (needed.Add(id))
            {
                foreach (var next in _catalog.GetFeature(id).Dependencies)
                {
                    pending.Push(next);
                }
            }
        }

        return _catalog.Features.Where(f => needed.Contains(f.Id)).ToList();
    }

    private List<FeatureInfo> EnabledDependents(string featureId, IReadOnlySet<string> enabled) =>
        _catalog.Features
            .Where(f => enabled.Contains(f.Id) && Dependencies(f.Id).Any(d => d.Id == featureId))
            .ToList();

    // The stored set, without the always-enabled features: those are enabled in memory from the
    // start, but their enabling events (and so their migrations) run once they are first stored.
    private async Task<IReadOnlySet<string>> LoadEnabledAsync(CancellationToken cancellationToken)
    {
        var stored = await _store.LoadAsync(cancellationToken);

        return stored.ToHashSet(StringComparer.Ordinal);
    }

    private async Task SaveAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var ids = featureIds.Where(id => _catalog.FindFeature(id) is not null).ToHashSet(StringComparer.Ordinal);
        await _store.SaveAsync(ids.Order(StringComparer.Ordinal).ToList(), cancellationToken);
        _enabled.Replace(WithAlwaysEnabled(ids));
    }

    private HashSet<string> WithAlwaysEnabled(IEnumerable<string> featureIds)
    {
        var known = featureIds.Where(id => _catalog.FindFeature(id) is not null);

        return known
            .Concat(_catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task RaiseAsync(
        Func<IFeatureEventHandler, CancellationToken, Task> raise,
        CancellationToken cancellationToken)
    {
        foreach (var handler in _handlers)
        {
            await raise(handler, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Feature {FeatureId} enabled")]
    private partial void LogFeatureEnabled(string featureId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Feature {FeatureId} disabled")]
    private partial void LogFeatureDisabled(string featureId);
}
