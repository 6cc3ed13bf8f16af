using Helpdesk.Data;
using Helpdesk.Email.Delivery;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Email.Tests;

public sealed class EmailSettingsTests
{
    private const string Password = "Geheim-Passwort-42";

    [Fact]
    public async Task SmtpPasswordIsStoredEncryptedAndUsedToSignIn()
    {
        await using var smtp = new TestSmtpServer { UserName = "helpdesk", Password = Password };
        await smtp.StartAsync();
        await using var site = await EmailTestSite.StartAsync();
        await site.UseSmtpAsync(smtp.Port, "helpdesk", Password);

        var stored = await StoredSettingsJsonAsync(site);
        var messageId = await site.QueueAsync(TestMessages.Confirmation());
        await site.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var row = await site.FindOutboxMessageAsync(messageId);

        Assert.DoesNotContain(Password, stored);
        Assert.Contains("smtpPasswordProtected", stored);
        Assert.Equal(OutboxState.Sent, row!.State);
        Assert.Equal($"helpdesk:{Password}", Assert.Single(smtp.Logins));
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains(Password, StringComparison.Ordinal));
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains(TestMessages.Body, StringComparison.Ordinal));
        Assert.Contains(site.Logs.Lines, line => line.Contains($"E-mail {messageId} sent by Smtp on attempt 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrongPasswordIsReportedAsAFailedSignIn()
    {
        await using var smtp = new TestSmtpServer { UserName = "helpdesk", Password = Password };
        await smtp.StartAsync();
        await using var site = await EmailTestSite.StartAsync();
        await site.UseSmtpAsync(smtp.Port, "helpdesk", "falsch");

        var messageId = await site.QueueAsync(TestMessages.Confirmation());
        await site.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var row = await site.FindOutboxMessageAsync(messageId);

        Assert.Equal(OutboxState.Pending, row!.State);
        Assert.Contains("did not accept the user name and password", row.LastError);
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains("falsch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TestEmailIsSentDirectlyAndReportsTheServersAnswer()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var site = await EmailTestSite.StartAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var settings = new EmailSettings
        {
            Method = EmailDeliveryMethod.Smtp,
            SmtpHost = "127.0.0.1",
            SmtpPort = smtp.Port,
            SmtpTlsMode = SmtpTlsMode.None,
        };

        var result = await scope.ServiceProvider.GetRequiredService<EmailSender>()
            .SendDirectAsync(TestMessages.Confirmation(subject: "Test"), settings, CancellationToken.None);

        Assert.Equal(EmailDeliveryMethod.Smtp, result.Method);
        Assert.False(string.IsNullOrWhiteSpace(result.Response));
        Assert.Equal("Test", Assert.Single(smtp.Received).Subject);
        Assert.Empty(await site.OutboxAsync());
    }

    [Fact]
    public async Task TestEmailToAServerThatIsDownReportsTheConnectionFailure()
    {
        await using var smtp = new TestSmtpServer();
        await using var site = await EmailTestSite.StartAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var settings = new EmailSettings { Method = EmailDeliveryMethod.Smtp, SmtpHost = "127.0.0.1", SmtpPort = smtp.Port };

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() => scope.ServiceProvider.GetRequiredService<EmailSender>()
            .SendDirectAsync(TestMessages.Confirmation(), settings, CancellationToken.None));

        Assert.Equal(EmailDeliveryFailure.ConnectionFailed, error.Failure);
        Assert.Contains($"127.0.0.1:{smtp.Port}", error.Message);
    }

    private static async Task<string> StoredSettingsJsonAsync(EmailTestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Documents.AsNoTracking().Where(d => d.Id == nameof(EmailSettings)).Select(d => d.Content).SingleAsync();
    }
}
