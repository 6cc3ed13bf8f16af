using Helpdesk.Data;
using Helpdesk.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Services;

/// <summary>
/// Stores "forgot password" requests for <see cref="PasswordRecoveryWorker"/>. The page does the
/// same small thing whether or not the address has an account, so neither its answer nor its
/// timing tells which addresses exist; the stored request survives a restart.
/// </summary>
public sealed partial class PasswordRecoveryQueue
{
    // Enough for bursts; a flood beyond it is dropped rather than stored.
    private const int Capacity = 1000;

    private readonly HelpdeskDbContext _db;
    private readonly PasswordRecoverySignal _signal;
    private readonly TimeProvider _clock;
    private readonly ILogger<PasswordRecoveryQueue> _logger;

    public PasswordRecoveryQueue(
        HelpdeskDbContext db,
        PasswordRecoverySignal signal,
        TimeProvider clock,
        ILogger<PasswordRecoveryQueue> logger)
    {
        _db = db;
        _signal = signal;
        _clock = clock;
        _logger = logger;
    }

    private DbSet<PasswordRecoveryRequest> Requests => _db.Set<PasswordRecoveryRequest>();

    /// <summary>Stores the request unless the same address already waits or the queue is full.</summary>
    public async Task EnqueueAsync(string email, string? requestOrigin, CancellationToken cancellationToken)
    {
        // Mail goes to the account's own address; the typed one only finds the account.
        email = email.Trim().ToLowerInvariant();
        if (await Requests.AnyAsync(r => r.Email == email, cancellationToken))
        {
            return;
        }

        if (await Requests.CountAsync(cancellationToken) >= Capacity)
        {
            LogQueueFull(Capacity);
            return;
        }

        Requests.Add(new PasswordRecoveryRequest
        {
            Email = email,
            RequestOrigin = requestOrigin,
            RequestedUtc = _clock.GetUtcNow().UtcDateTime,
        });
        await _db.SaveChangesAsync(cancellationToken);
        _db.AfterTransaction(_signal.Notify);
    }

    [LoggerMessage(
        EventId = 3119,
        Level = LogLevel.Warning,
        Message = "{Capacity} password recovery requests are waiting; a new one was dropped")]
    private partial void LogQueueFull(int capacity);
}
