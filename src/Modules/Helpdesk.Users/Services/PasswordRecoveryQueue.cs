using System.Threading.Channels;

namespace Helpdesk.Users.Services;

/// <summary>
/// Hands "forgot password" requests from the page to <see cref="PasswordRecoveryWorker"/>. The
/// page does the same small thing whether or not the address has an account, so neither its
/// answer nor its timing tells which addresses exist.
/// </summary>
/// <remarks>
/// NOTE: requests wait in memory, so a restart drops the few not handled yet; the person then
/// asks again. The e-mails themselves go through the outbox and survive restarts.
/// </remarks>
public sealed class PasswordRecoveryQueue
{
    // Enough for bursts; a flood beyond it is dropped rather than held in memory.
    private const int Capacity = 1000;

    private readonly Channel<PasswordRecoveryRequest> _channel = Channel.CreateBounded<PasswordRecoveryRequest>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues the request; false when the queue is full and the request was dropped.</summary>
    public bool TryEnqueue(PasswordRecoveryRequest request) => _channel.Writer.TryWrite(request);

    public ChannelReader<PasswordRecoveryRequest> Reader => _channel.Reader;
}
