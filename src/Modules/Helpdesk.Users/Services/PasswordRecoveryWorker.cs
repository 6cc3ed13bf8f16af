using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Services;

/// <summary>Handles the queued "forgot password" requests one after the other, each in its own scope.</summary>
public sealed partial class PasswordRecoveryWorker : BackgroundService
{
    private readonly PasswordRecoveryQueue _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<PasswordRecoveryWorker> _logger;

    public PasswordRecoveryWorker(
        PasswordRecoveryQueue queue,
        IServiceScopeFactory scopes,
        ILogger<PasswordRecoveryWorker> logger)
    {
        _queue = queue;
        _scopes = scopes;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await HandleAsync(request, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task HandleAsync(PasswordRecoveryRequest request, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PasswordRecoveryService>().HandleAsync(request, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(EventId = 3115, Level = LogLevel.Error, Message = "A password recovery request could not be handled")]
    private partial void LogFailed(Exception exception);
}
