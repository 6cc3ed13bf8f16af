using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Email.Outbox;

/// <summary>
/// Deletes sent messages older than <see cref="EmailOptions.SentRetention"/> once an hour, so the
/// outbox does not grow for ever. Failed messages stay until an administrator retries them.
/// Several nodes may run it at once: deleting what another node deleted changes nothing.
/// </summary>
public sealed partial class OutboxCleanup : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly IFeatureGate _gate;
    private readonly EmailOptions _options;
    private readonly ILogger<OutboxCleanup> _logger;

    public OutboxCleanup(
        IServiceScopeFactory scopes,
        IFeatureGate gate,
        IOptions<EmailOptions> options,
        ILogger<OutboxCleanup> logger)
    {
        _scopes = scopes;
        _gate = gate;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Deletes the sent messages that are past the retention period; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        if (_options.SentRetention <= TimeSpan.Zero || !_gate.IsEnabled(GetType()))
        {
            return 0;
        }

        await using var scope = _scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<ISiteService>().IsSetUpAsync(cancellationToken))
        {
            return 0;
        }

        var cutoff = DateTime.UtcNow - _options.SentRetention;
        var deleted = await scope.ServiceProvider.GetRequiredService<OutboxStore>().DeleteSentBeforeAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(deleted, cutoff);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Deleted {Count} outbox messages sent before {CutoffUtc:u}")]
    private partial void LogDeleted(int count, DateTime cutoffUtc);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Old outbox messages could not be deleted; the next try is in an hour")]
    private partial void LogFailed(Exception exception);
}
