using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Email.Tests;

public sealed class OutboxAdministrationTests
{
    [Fact]
    public async Task FailedMessageIsListedWithItsErrorAndCanBeRetried()
    {
        await using var smtp = new TestSmtpServer();
        var oneQuickRetry = new Dictionary<string, string?> { ["Helpdesk:Email:RetryDelays:0"] = "00:00:00.300" };
        await using var site = await EmailTestSite.StartAsync(configuration: oneQuickRetry);
        await site.UseSmtpAsync(smtp.Port);
        await site.StartDispatcherAsync();
        var messageId = await site.QueueAsync(TestMessages.Confirmation());
        var failed = await site.WaitForAsync(messageId, m => m.State == OutboxState.Failed);

        await using var scope = site.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxService>();
        var failedPage = await outbox.ListAsync(OutboxState.Failed, page: 1, pageSize: 25);
        var counts = await outbox.CountByStateAsync();
        var details = await outbox.FindAsync(failed.Id);

        var line = Assert.Single(failedPage.Items);
        Assert.Equal(messageId, line.MessageId);
        Assert.Equal(2, line.Attempts);
        Assert.Contains($"127.0.0.1:{smtp.Port} could not be reached", line.LastError);
        Assert.Equal(1, counts[OutboxState.Failed]);
        Assert.Equal(0, counts[OutboxState.Sent]);
        Assert.Empty((await outbox.ListAsync(OutboxState.Sent, 1, 25)).Items);
        Assert.Equal(TestMessages.Body, details!.Message.TextBody);
        Assert.Contains("Anna Muster", details.Message.ToAddresses);

        await smtp.StartAsync();
        var retried = await outbox.RetryAsync(failed.Id);
        var sent = await site.WaitForAsync(messageId, m => m.State == OutboxState.Sent);

        Assert.True(retried);
        Assert.Equal(1, sent.Attempts);
        Assert.Equal(messageId, Assert.Single(smtp.Received).MessageId);
        Assert.False(await outbox.RetryAsync(failed.Id));
    }

    [Fact]
    public async Task AllFailedMessagesAreSentAgainAtOnce()
    {
        await using var smtp = new TestSmtpServer();
        var oneQuickRetry = new Dictionary<string, string?> { ["Helpdesk:Email:RetryDelays:0"] = "00:00:00.300" };
        await using var site = await EmailTestSite.StartAsync(configuration: oneQuickRetry);
        await site.UseSmtpAsync(smtp.Port);
        await site.StartDispatcherAsync();
        var first = await site.QueueAsync(TestMessages.Confirmation(subject: "Anfrage 1"));
        var second = await site.QueueAsync(TestMessages.Confirmation(subject: "Anfrage 2"));
        await site.WaitForAsync(first, m => m.State == OutboxState.Failed);
        await site.WaitForAsync(second, m => m.State == OutboxState.Failed);

        await smtp.StartAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxService>();
        var retried = await outbox.RetryAllFailedAsync();
        await site.WaitForAsync(first, m => m.State == OutboxState.Sent);
        await site.WaitForAsync(second, m => m.State == OutboxState.Sent);

        Assert.Equal(2, retried);
        Assert.Equal(2, smtp.Received.Count);
        Assert.Equal(0, await outbox.RetryAllFailedAsync());
    }

    [Fact]
    public async Task OutboxIsPagedNewestFirst()
    {
        await using var site = await EmailTestSite.StartAsync();
        for (var i = 1; i <= 7; i++)
        {
            await site.QueueAsync(TestMessages.Confirmation(subject: $"Anfrage {i}"));
        }

        await using var scope = site.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxService>();
        var first = await outbox.ListAsync(null, page: 1, pageSize: 3);
        var last = await outbox.ListAsync(OutboxState.Pending, page: 3, pageSize: 3);
        var beyond = await outbox.ListAsync(null, page: 99, pageSize: 3);

        Assert.Equal(["Anfrage 7", "Anfrage 6", "Anfrage 5"], first.Items.Select(i => i.Subject));
        Assert.Equal((7, 3), (first.TotalCount, first.PageCount));
        Assert.Equal(["Anfrage 1"], last.Items.Select(i => i.Subject));
        Assert.Equal(3, beyond.Page);
    }
}
