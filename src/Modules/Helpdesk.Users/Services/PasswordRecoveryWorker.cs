using Helpdesk.Data;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Services;

/// <summary>
/// Answers the stored "forgot password" requests one after the other, each in its own scope and
/// transaction with the e-mail it queues; an answered request is deleted. It wakes when a request
/// is stored (<see cref="PasswordRecoverySignal"/>) and at least every half minute, so requests
/// left by a restart or by another node are answered too.
/// </summary>
/// <remarks>
/// Nodes share the requests through claims: one conditional UPDATE takes a request for
/// <see cref="ClaimLease"/>. A request whose answer failed is tried again when its claim ends,
/// and given up after <see cref="MaxAttempts"/> tries.
/// </remarks>
public sealed partial class PasswordRecoveryWorker : BackgroundService
{
    private const int MaxAttempts = 3;

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly IFeatureGate _gate;
    private readonly PasswordRecoverySignal _signal;
    private readonly ILogger<PasswordRecoveryWorker> _logger;

    public PasswordRecoveryWorker(
        IServiceScopeFactory scopes,
        IFeatureGate gate,
        PasswordRecoverySignal signal,
        ILogger<PasswordRecoveryWorker> logger)
    {
        _scopes = scopes;
        _gate = gate;
        _signal = signal;
        _logger = logger;
    }

    /// <summary>Answers every request that waits now; returns how many it took.</summary>
    public async Task<int> AnswerWaitingAsync(CancellationToken cancellationToken)
    {
        if (!await IsActiveAsync(cancellationToken))
        {
            return 0;
        }

        var taken = 0;
        while (await AnswerNextAsync(cancellationToken))
        {
            taken++;
        }

        return taken;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var signalled = _signal.Next;
            try
            {
                await AnswerWaitingAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(exception);
            }

            try
            {
                await signalled.WaitAsync(PollInterval, stoppingToken);
            }
            catch (TimeoutException)
            {
                // Nobody asked meanwhile; look again for requests of other nodes or of a restart.
            }
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

    // Returns false when no request waits.
    private async Task<bool> AnswerNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        var requests = db.Set<PasswordRecoveryRequest>();
        var now = DateTime.UtcNow;

        var next = await requests.AsNoTracking()
            .Where(r => r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < now)
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return false;
        }

        // The UPDATE repeats the condition, so of two nodes that picked the request one takes it.
        var claimed = await requests
            .Where(r => r.Id == next.Id && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimedUntilUtc, now + ClaimLease), cancellationToken);
        if (claimed == 1)
        {
            await AnswerAsync(scope.ServiceProvider, db, next, cancellationToken);
        }

        return true;
    }

    private async Task AnswerAsync(IServiceProvider services, HelpdeskDbContext db, PasswordRecoveryRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await services.GetRequiredService<PasswordRecoveryService>().HandleAsync(request, cancellationToken);
            await db.Set<PasswordRecoveryRequest>().Where(r => r.Id == request.Id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            await RecordFailureAsync(db, request, exception);
        }
    }

    // The claim stays until its lease ends, so the next try comes then; the last one gives up.
    private async Task RecordFailureAsync(HelpdeskDbContext db, PasswordRecoveryRequest request, Exception exception)
    {
        var attempt = request.Attempts + 1;
        var row = db.Set<PasswordRecoveryRequest>().Where(r => r.Id == request.Id);
        if (attempt >= MaxAttempts)
        {
            await row.ExecuteDeleteAsync(CancellationToken.None);
            LogGivenUp(exception, request.Id, attempt);
            return;
        }

        await row.ExecuteUpdateAsync(set => set.SetProperty(r => r.Attempts, attempt), CancellationToken.None);
        LogFailed(exception, request.Id, attempt);
    }

    [LoggerMessage(EventId = 3115, Level = LogLevel.Warning, Message = "Password recovery request {RequestId} could not be answered (attempt {Attempt}); it is tried again in a few minutes")]
    private partial void LogFailed(Exception exception, long requestId, int attempt);

    [LoggerMessage(EventId = 3138, Level = LogLevel.Error, Message = "Password recovery request {RequestId} could not be answered after {Attempt} attempts and was dropped")]
    private partial void LogGivenUp(Exception exception, long requestId, int attempt);

    [LoggerMessage(EventId = 3139, Level = LogLevel.Error, Message = "Looking for password recovery requests failed; the worker looks again at the next poll")]
    private partial void LogPassFailed(Exception exception);
}
