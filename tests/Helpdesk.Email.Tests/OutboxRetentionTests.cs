using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Helpdesk.Email.Tests;

public sealed class OutboxRetentionTests
{
    [Fact]
    public async Task SentMessagesPastTheRetentionAreDeletedWithTheirAttachmentsAndFailedOnesStay()
    {
        await using var site = await EmailTestSite.StartAsync();
        var oldSent = await QueueWithAttachmentAsync(site, "alt@kunde.example");
        var recentSent = await QueueWithAttachmentAsync(site, "neu@kunde.example");
        var oldFailed = await QueueWithAttachmentAsync(site, "fehler@kunde.example");
        await SetStateAsync(site, oldSent, OutboxState.Sent, DateTime.UtcNow.AddDays(-91));
        await SetStateAsync(site, recentSent, OutboxState.Sent, DateTime.UtcNow.AddDays(-89));
        await SetStateAsync(site, oldFailed, OutboxState.Failed, DateTime.UtcNow.AddDays(-200));

        var deleted = await Cleanup(site).DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal([recentSent, oldFailed], (await site.OutboxAsync()).Select(m => m.MessageId));
        Assert.Equal(2, await AttachmentCountAsync(site));
    }

    [Fact]
    public async Task RetentionOfZeroKeepsEverySentMessage()
    {
        await using var site = await EmailTestSite.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["Helpdesk:Email:SentRetention"] = "00:00:00",
        });
        var sent = await site.QueueAsync(TestMessages.Confirmation());
        await SetStateAsync(site, sent, OutboxState.Sent, DateTime.UtcNow.AddYears(-3));

        var deleted = await Cleanup(site).DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Single(await site.OutboxAsync());
    }

    private static OutboxCleanup Cleanup(EmailTestSite site) =>
        site.Services.GetServices<IHostedService>().OfType<OutboxCleanup>().Single();

    private static async Task<string> QueueWithAttachmentAsync(EmailTestSite site, string to)
    {
        var message = TestMessages.Confirmation(to);
        message.Attachments.Add(new EmailAttachment("protokoll.txt", "text/plain", "Protokoll"u8.ToArray()));

        return await site.QueueAsync(message);
    }

    // As the dispatcher leaves a message: sent (or failed for good) at the given time.
    private static async Task SetStateAsync(EmailTestSite site, string messageId, OutboxState state, DateTime atUtc)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        await db.Set<OutboxMessage>()
            .Where(m => m.MessageId == messageId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.State, state)
                .SetProperty(m => m.SentUtc, state == OutboxState.Sent ? atUtc : null)
                .SetProperty(m => m.CreatedUtc, atUtc));
    }

    private static async Task<int> AttachmentCountAsync(EmailTestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>().Set<OutboxAttachment>().CountAsync();
    }
}
