using Helpdesk.Email.Delivery;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Email.Outbox;

/// <summary>
/// Sends the outbox in the background while the e-mail feature is enabled and the site is set up.
/// It wakes when a transaction that queued mail ends (<see cref="OutboxSignal"/>), when the next
/// retry is due, and at least every <see cref="EmailOptions.PollInterval"/>.
/// </summary>
/// <remarks>
/// Each node runs one dispatcher; they share the work through claims (<see cref="OutboxStore.ClaimAsync"/>).
/// A claim lasts <see cref="EmailOptions.ClaimLease"/>; a dispatcher starts a delivery only while
/// at least <see cref="EmailOptions.SendTimeout"/> of its lease is left, so no other node can take
/// over a message that is still being sent. If the process dies between the server's acceptance
/// and the outbox update, the claim expires and the message is sent again with the same
/// Message-Id (at least once, never lost).
/// </remarks>
public sealed partial class OutboxDispatcher : BackgroundService
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(100);

    private readonly IServiceScopeFactory _scopes;
    private readonly IFeatureGate _gate;
    private readonly OutboxSignal _signal;
    private readonly EmailOptions _options;
    private readonly ILogger<OutboxDispatcher> _logger;

    // One pass at a time per instance: its claims are recognised by InstanceId alone.
    private readonly SemaphoreSlim _pass = new(1, 1);

    public OutboxDispatcher(
        IServiceScopeFactory scopes,
        IFeatureGate gate,
        OutboxSignal signal,
        IOptions<EmailOptions> options,
        ILogger<OutboxDispatcher> logger)
    {
        _scopes = scopes;
        _gate = gate;
        _signal = signal;
        _options = options.Value;
        _logger = logger;

        var node = string.IsNullOrWhiteSpace(_options.NodeName) ? Environment.MachineName : _options.NodeName;
        InstanceId = $"{node}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>Names this dispatcher in the ClaimedBy column: node, process and a random part.</summary>
    public string InstanceId { get; }

    /// <summary>Sends every message that is due now; returns how many it handled (sent or failed).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (!await IsActiveAsync(cancellationToken))
        {
            return 0;
        }

        await _pass.WaitAsync(cancellationToken);
        try
        {
            var handled = 0;
            bool moreDue;
            do
            {
                (var attempted, moreDue) = await DispatchBatchAsync(cancellationToken);
                handled += attempted;
            }
            while (moreDue);

            return handled;
        }
        finally
        {
            _pass.Release();
        }
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var signalled = _signal.Next;
            var wait = await DispatchAndPlanAsync(stoppingToken);
            try
            {
                await signalled.WaitAsync(wait, stoppingToken);
            }
            catch (TimeoutException)
            {
                // Nobody queued mail meanwhile; time for the next due message or the next poll.
            }
        }
    }

    private async Task<TimeSpan> DispatchAndPlanAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await IsActiveAsync(cancellationToken))
            {
                return _options.PollInterval;
            }

            await DispatchDueAsync(cancellationToken);

            return await TimeUntilNextDueAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogPassFailed(exception);

            return _options.PollInterval;
        }
    }

    private async Task<bool> IsActiveAsync(CancellationToken cancellationToken)
    {
        if (!_gate.IsEnabled(GetType()))
        {
            return false;
        }

        await using var scope = _scopes.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ISiteService>().IsSetUpAsync(cancellationToken);
    }

    private async Task<TimeSpan> TimeUntilNextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var nextDue = await scope.ServiceProvider.GetRequiredService<OutboxStore>().NextDueUtcAsync(cancellationToken);
        var wait = nextDue is null ? _options.PollInterval : nextDue.Value - DateTime.UtcNow;

        return wait < MinimumWait ? MinimumWait : wait > _options.PollInterval ? _options.PollInterval : wait;
    }

    // Returns how many messages it tried and whether more may be due. Claimed messages it had no
    // time for go back to the outbox, and the pass ends so the next one starts with a fresh lease.
    private async Task<(int Attempted, bool MoreDue)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var sender = scope.ServiceProvider.GetRequiredService<EmailSender>();
        var now = DateTime.UtcNow;
        var claimedUntil = now + _options.ClaimLease;

        var claim = await store.ClaimAsync(InstanceId, now, claimedUntil, _options.BatchSize, cancellationToken);
        var untried = new List<OutboxMessage>(claim.Messages);
        try
        {
            foreach (var message in claim.Messages)
            {
                if (DateTime.UtcNow + _options.SendTimeout >= claimedUntil)
                {
                    break;
                }

                await SendAsync(store, sender, message, cancellationToken);
                untried.Remove(message);
            }
        }
        finally
        {
            if (untried.Count > 0)
            {
                await store.ReleaseAsync(untried.Select(m => m.Id).ToList(), InstanceId, CancellationToken.None);
            }
        }

        return (claim.Messages.Count - untried.Count, claim.MoreDue && untried.Count == 0);
    }

    private async Task SendAsync(OutboxStore store, EmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempt = message.Attempts + 1;
        EmailDeliveryResult result;
        try
        {
            result = await DeliverAsync(sender, message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(store, message, attempt, exception);
            return;
        }

        if (await store.MarkSentAsync(message.Id, InstanceId, result.Response, CancellationToken.None))
        {
            LogSent(message.MessageId, attempt, result.Method);
        }
        else
        {
            LogClaimLost(message.MessageId);
        }
    }

    private async Task<EmailDeliveryResult> DeliverAsync(EmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.SendTimeout);
        try
        {
            return await sender.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EmailDeliveryException(
                EmailDeliveryFailure.TimedOut,
                $"The delivery did not finish within {_options.SendTimeout.TotalSeconds:0} seconds.",
                isPermanent: false,
                exception);
        }
    }

    private async Task RecordFailureAsync(OutboxStore store, OutboxMessage message, int attempt, Exception exception)
    {
        var permanent = exception is EmailDeliveryException { IsPermanent: true };
        var delays = _options.EffectiveRetryDelays;
        DateTime? nextAttempt = permanent || attempt >= _options.MaxAttempts
            ? null
            : DateTime.UtcNow + delays[Math.Min(attempt, delays.Count) - 1];
        var error = exception is EmailDeliveryException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";

        await store.MarkAttemptFailedAsync(message.Id, InstanceId, error, nextAttempt, CancellationToken.None);

        if (nextAttempt is null)
        {
            LogFailed(exception, message.MessageId, attempt);
        }
        else
        {
            LogRetrying(exception, message.MessageId, attempt, nextAttempt.Value);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "E-mail {MessageId} sent by {Method} on attempt {Attempt}")]
    private partial void LogSent(string messageId, int attempt, EmailDeliveryMethod method);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "E-mail {MessageId} not sent on attempt {Attempt}; next attempt at {NextAttemptUtc:u}")]
    private partial void LogRetrying(Exception exception, string messageId, int attempt, DateTime nextAttemptUtc);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "E-mail {MessageId} failed after {Attempt} attempts; it waits on the Outbox page")]
    private partial void LogFailed(Exception exception, string messageId, int attempt);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "E-mail {MessageId} was sent, but its claim had passed to another dispatcher")]
    private partial void LogClaimLost(string messageId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "The outbox dispatcher failed; it tries again at the next poll")]
    private partial void LogPassFailed(Exception exception);
}
