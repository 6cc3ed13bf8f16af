using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Email.Tests;

/// <summary>
/// A set-up site with the e-mail feature enabled, composed by the host's own <c>AddHelpdesk</c>
/// over a real SQLite file in a temporary folder. No HTTP server is started; the outbox
/// dispatcher runs only when a test starts it. Several sites on one folder act as several nodes
/// of one installation.
/// </summary>
public sealed class EmailTestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsDataPath;
    private bool _dispatcherStarted;

    private EmailTestSite(WebApplication app, string dataPath, bool ownsDataPath, CapturedLogs logs)
    {
        _app = app;
        DataPath = dataPath;
        _ownsDataPath = ownsDataPath;
        Logs = logs;
    }

    public IServiceProvider Services => _app.Services;

    public string DataPath { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The node's own hosted dispatcher.</summary>
    public OutboxDispatcher Dispatcher => Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();

    /// <param name="dataPath">Another site's <see cref="DataPath"/> to join it as a second node; null for a new site.</param>
    /// <param name="configuration">Keys such as <c>Helpdesk:Email:RetryDelays:0</c> on top of the test defaults.</param>
    public static async Task<EmailTestSite> StartAsync(
        string? dataPath = null,
        IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var ownsDataPath = dataPath is null;
        dataPath ??= Directory.CreateTempSubdirectory("helpdesk-email-tests-").FullName;

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HelpdeskHostExtensions).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(Defaults(dataPath));
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddHelpdesk();

        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync();
        var site = new EmailTestSite(app, dataPath, ownsDataPath, logs);
        await site.SetUpAsync();

        return site;
    }

    public async Task StartDispatcherAsync()
    {
        await Dispatcher.StartAsync(CancellationToken.None);
        _dispatcherStarted = true;
    }

    /// <summary>Switches the site to the test SMTP server (no TLS), optionally with a user and password.</summary>
    public async Task UseSmtpAsync(int port, string? userName = null, string? password = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IEmailSettingsService>();
        var settings = await service.GetAsync();
        settings.Method = EmailDeliveryMethod.Smtp;
        settings.FromAddress = "helpdesk@muster.example";
        settings.SmtpHost = "127.0.0.1";
        settings.SmtpPort = port;
        settings.SmtpTlsMode = SmtpTlsMode.None;
        settings.SmtpUserName = userName;
        service.SetSmtpPassword(settings, password);
        await service.SaveAsync(settings);
    }

    public async Task<string> QueueAsync(EmailMessage message)
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<IEmailService>().QueueAsync(message);
    }

    public async Task<OutboxMessage?> FindOutboxMessageAsync(string messageId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.MessageId == messageId);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Polls the outbox row until it matches, or fails the test with its last state.</summary>
    public async Task<OutboxMessage> WaitForAsync(string messageId, Func<OutboxMessage, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var row = await FindOutboxMessageAsync(messageId);
            if (row is not null && condition(row))
            {
                return row;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Outbox message {messageId} did not reach the expected state in {seconds} s; it is " +
                    $"{row?.State} after {row?.Attempts} attempts, last error: {row?.LastError}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dispatcherStarted)
        {
            await Dispatcher.StopAsync(CancellationToken.None);
        }

        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDataPath)
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private static Dictionary<string, string?> Defaults(string dataPath) => new()
    {
        ["Helpdesk:DataPath"] = dataPath,
        ["Helpdesk:Email:PollInterval"] = "00:00:00.200",
        ["Helpdesk:Email:RetryDelays:0"] = "00:00:01",
        ["Helpdesk:Email:SendTimeout"] = "00:00:10",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Helpdesk"] = "Debug",
    };

    private async Task SetUpAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var site = scope.ServiceProvider.GetRequiredService<ISiteService>();
        if (await site.FindSettingsAsync() is null)
        {
            await site.SaveSettingsAsync(new SiteSettings
            {
                SiteName = "Muster Service GmbH",
                SupportPhone = "089 2196677-20",
                SupportEmail = "support@muster.example",
                BaseUrl = "https://helpdesk.muster.example",
                LogoFileName = "logo.png",
                DefaultLanguage = "de",
                SetupCompletedUtc = DateTime.UtcNow,
            });
        }

        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Helpdesk.Email"]);
    }
}
