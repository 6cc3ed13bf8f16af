using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>Writes down every feature event in the order the feature manager raises them.</summary>
public sealed class RecordingFeatureEventHandler : IFeatureEventHandler
{
    private readonly FeatureEventLog _log;

    public RecordingFeatureEventHandler(FeatureEventLog log)
    {
        _log = log;
    }

    public Task EnablingAsync(FeatureInfo feature, CancellationToken cancellationToken) =>
        RecordAsync("Enabling", feature);

    public Task EnabledAsync(FeatureInfo feature, CancellationToken cancellationToken) =>
        RecordAsync("Enabled", feature);

    public Task DisabledAsync(FeatureInfo feature, CancellationToken cancellationToken) =>
        RecordAsync("Disabled", feature);

    private Task RecordAsync(string eventName, FeatureInfo feature)
    {
        _log.Add(eventName + " " + feature.Id);

        return Task.CompletedTask;
    }
}
