using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmtpServerResponse = SmtpServer.Protocol.SmtpResponse;

namespace Helpdesk.Email.Tests;

public sealed class OutboxDeliveryTests
{
    private static readonly Dictionary<string, string?> ThreeRetriesAfterOneSecond = new()
    {
        ["Helpdesk:Email:RetryDelays:0"] = "00:00:01",
        ["Helpdesk:Email:RetryDelays:1"] = "00:00:01",
        ["Helpdesk:Email:RetryDelays:2"] = "00:00:01",
    };

    [Fact]
    public async Task OutboxKeepsAMessageWhileTheServerIsDownAndSendsItOnceItIsUp()
    {
        await using var smtp = new TestSmtpServer();
        await using var site = await EmailTestSite.StartAsync(configuration: ThreeRetriesAfterOneSecond);
        await site.UseSmtpAsync(smtp.Port);
        await site.StartDispatcherAsync();

        var messageId = await site.QueueAsync(TestMessages.Confirmation());
        var afterFirstAttempt = await site.WaitForAsync(messageId, m => m.Attempts == 1);
        await smtp.StartAsync();
        var sent = await site.WaitForAsync(messageId, m => m.State == OutboxState.Sent);

        Assert.Equal(OutboxState.Pending, afterFirstAttempt.State);
        Assert.Contains("could not be reached", afterFirstAttempt.LastError);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        var received = Assert.Single(smtp.Received);
        Assert.Equal(messageId, received.MessageId);
        Assert.Equal("Ihre Anfrage 1042 ist eingegangen", received.Subject);
        Assert.Equal("anna.muster@kunde.example", received.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task QueuedMessageSurvivesARestart()
    {
        await using var smtp = new TestSmtpServer();
        await using var firstRun = await EmailTestSite.StartAsync();
        await firstRun.UseSmtpAsync(smtp.Port);
        var messageId = await firstRun.QueueAsync(TestMessages.Confirmation());

        await smtp.StartAsync();
        await using var secondRun = await EmailTestSite.StartAsync(firstRun.DataPath);
        await secondRun.StartDispatcherAsync();
        var sent = await secondRun.WaitForAsync(messageId, m => m.State == OutboxState.Sent);

        Assert.Equal(1, sent.Attempts);
        Assert.Equal(messageId, Assert.Single(smtp.Received).MessageId);
    }

    [Fact]
    public async Task MessageClaimedByADeadNodeIsSentOnceItsClaimExpires()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var site = await EmailTestSite.StartAsync();
        await site.UseSmtpAsync(smtp.Port);
        var messageId = await site.QueueAsync(TestMessages.Confirmation());
        await ClaimAsDeadNodeAsync(site, messageId, DateTime.UtcNow.AddSeconds(1));

        await site.StartDispatcherAsync();
        await Task.Delay(300);
        var whileClaimed = await site.FindOutboxMessageAsync(messageId);
        var sent = await site.WaitForAsync(messageId, m => m.State == OutboxState.Sent);

        Assert.Equal(OutboxState.Sending, whileClaimed!.State);
        Assert.Null(sent.ClaimedBy);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task MessageQueuedInARolledBackTransactionIsNeverSent()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var onlyWokenBySignal = new Dictionary<string, string?> { ["Helpdesk:Email:PollInterval"] = "00:05:00" };
        await using var site = await EmailTestSite.StartAsync(configuration: onlyWokenBySignal);
        await site.UseSmtpAsync(smtp.Port);
        await site.StartDispatcherAsync();

        var rolledBack = await QueueInTransactionAsync(site, TestMessages.Confirmation(subject: "Rolled back"), commit: false);
        var committed = await QueueInTransactionAsync(site, TestMessages.Confirmation(subject: "Committed"), commit: true);
        var sent = await site.WaitForAsync(committed, m => m.State == OutboxState.Sent, seconds: 10);

        Assert.Null(await site.FindOutboxMessageAsync(rolledBack));
        Assert.Single(await site.OutboxAsync());
        Assert.Equal("Committed", Assert.Single(smtp.Received).Subject);
        Assert.Equal(1, sent.Attempts);
    }

    [Fact]
    public async Task ServerThatRefusesAMessageFailsItAtOnce()
    {
        await using var smtp = new TestSmtpServer { Refusal = SmtpServerResponse.MailboxUnavailable };
        await smtp.StartAsync();
        await using var site = await EmailTestSite.StartAsync(configuration: ThreeRetriesAfterOneSecond);
        await site.UseSmtpAsync(smtp.Port);
        await site.StartDispatcherAsync();

        var messageId = await site.QueueAsync(TestMessages.Confirmation());
        var failed = await site.WaitForAsync(messageId, m => m.State == OutboxState.Failed);

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("550", failed.LastError);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task InvalidMessageIsRefusedBeforeItReachesTheOutbox()
    {
        await using var site = await EmailTestSite.StartAsync();
        var message = new EmailMessage
        {
            To = [new EmailAddress("not an address")],
            Subject = "Line\r\nBcc: victim@example.com",
            TextBody = "Hello",
            Headers = { ["Message-Id"] = "forged@example.com" },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => site.QueueAsync(message));

        Assert.Contains("'not an address' is not an e-mail address.", error.Message);
        Assert.Contains("The subject must be one line", error.Message);
        Assert.Contains("The header 'Message-Id' is set by the e-mail module.", error.Message);
        Assert.Empty(await site.OutboxAsync());
    }

    private static async Task<string> QueueInTransactionAsync(EmailTestSite site, EmailMessage message, bool commit)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var messageId = await scope.ServiceProvider.GetRequiredService<IEmailService>().QueueAsync(message);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return messageId;
    }

    private static async Task ClaimAsDeadNodeAsync(EmailTestSite site, string messageId, DateTime claimedUntilUtc)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        await db.Set<OutboxMessage>()
            .Where(m => m.MessageId == messageId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.State, OutboxState.Sending)
                .SetProperty(m => m.ClaimedBy, "dead-node:1:00000000")
                .SetProperty(m => m.ClaimedUntilUtc, claimedUntilUtc));
    }
}
