using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Email.Tests;

/// <summary>Two nodes of one installation (two hosts on one database) share the outbox.</summary>
public sealed class OutboxConcurrencyTests
{
    private static readonly Dictionary<string, string?> SmallBatches = new() { ["Helpdesk:Email:BatchSize"] = "5" };

    [Fact]
    public async Task TwoDispatchersRacingForTheSameMessagesNeverSendOneTwice()
    {
        await using var smtp = new TestSmtpServer { DelayPerMessage = TimeSpan.FromMilliseconds(50) };
        await smtp.StartAsync();
        await using var nodeA = await EmailTestSite.StartAsync(configuration: SmallBatches);
        await using var nodeB = await EmailTestSite.StartAsync(nodeA.DataPath, SmallBatches);
        await nodeA.UseSmtpAsync(smtp.Port);
        var queued = await QueueInOneTransactionAsync(nodeA, 40);

        var handled = await Task.WhenAll(
            Task.Run(() => nodeA.Dispatcher.DispatchDueAsync(CancellationToken.None)),
            Task.Run(() => nodeB.Dispatcher.DispatchDueAsync(CancellationToken.None)));

        var receivedIds = smtp.Received.Select(m => m.MessageId).ToList();
        Assert.Equal(40, receivedIds.Count);
        Assert.Equal(queued.Order(), receivedIds.Order());
        Assert.Equal(40, handled.Sum());
        Assert.All(handled, count => Assert.True(count > 0, $"Both nodes should have sent some: {string.Join(", ", handled)}"));
        Assert.All(await nodeA.OutboxAsync(), m => Assert.Equal((OutboxState.Sent, 1), (m.State, m.Attempts)));
    }

    [Fact]
    public async Task TwoRunningDispatchersShareTheOutboxAndSendEachMessageOnce()
    {
        await using var smtp = new TestSmtpServer { DelayPerMessage = TimeSpan.FromMilliseconds(10) };
        await smtp.StartAsync();
        await using var nodeA = await EmailTestSite.StartAsync(configuration: SmallBatches);
        await using var nodeB = await EmailTestSite.StartAsync(nodeA.DataPath, SmallBatches);
        await nodeA.UseSmtpAsync(smtp.Port);
        await nodeA.StartDispatcherAsync();
        await nodeB.StartDispatcherAsync();

        var queued = new List<string>();
        queued.AddRange(await QueueInOneTransactionAsync(nodeA, 15));
        queued.AddRange(await QueueInOneTransactionAsync(nodeB, 15));
        foreach (var messageId in queued)
        {
            await nodeA.WaitForAsync(messageId, m => m.State == OutboxState.Sent);
        }

        var receivedIds = smtp.Received.Select(m => m.MessageId).ToList();
        Assert.Equal(queued.Order(), receivedIds.Order());
        Assert.All(await nodeA.OutboxAsync(), m => Assert.Equal(1, m.Attempts));
    }

    private static async Task<List<string>> QueueInOneTransactionAsync(EmailTestSite site, int count)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        var email = scope.ServiceProvider.GetRequiredService<IEmailService>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            ids.Add(await email.QueueAsync(TestMessages.Confirmation($"kunde{i}@kunde.example", $"Anfrage {i}")));
        }

        await transaction.CommitAsync();

        return ids;
    }
}
