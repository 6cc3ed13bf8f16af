using System.Net;
using System.Text.RegularExpressions;
using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Helpdesk.Email.Tests.Accounts;

/// <summary>
/// The whole site, set up unattended, delivering its e-mail by SMTP to a real
/// <see cref="TestSmtpServer"/>; the site has a support phone and address. Every log line is kept.
/// </summary>
public class AccountsSite : HelpdeskSiteFactory, IAsyncLifetime
{
    public const string SupportPhone = "089 2196677-20";
    public const string SupportEmail = "support@muster.example";

    private readonly Dictionary<string, string?> _settings;

    public AccountsSite()
        : this([])
    {
    }

    /// <param name="settings">Configuration keys on top of the test defaults, e.g. link lifetimes.</param>
    protected AccountsSite(Dictionary<string, string?> settings)
        : base(DatabaseProvider.Sqlite, unattendedSetup: true)
    {
        _settings = settings;
    }

    public TestSmtpServer Smtp { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public new async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await base.InitializeAsync();
        await UseSmtpAndSupportContactAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>An account as staff create it before inviting: no password, address not yet confirmed.</summary>
    public async Task<User> CreateUserWithoutPasswordAsync(string email, string culture = "")
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = "Anna Muster",
            Culture = culture,
            CreatedUtc = DateTime.UtcNow,
        };

        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, BuiltInRoles.Customer)).Succeeded);

        return user;
    }

    /// <summary>Waits for the first received e-mail to the address (and, when given, with the subject).</summary>
    public async Task<MimeMessage> WaitForMailAsync(string to, string? subject = null, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var mail = MailsTo(to).FirstOrDefault(m => subject is null || m.Subject == subject);
            if (mail is not null)
            {
                return mail;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No e-mail to {to} arrived in {seconds} s.");
            await Task.Delay(50);
        }
    }

    public IReadOnlyList<MimeMessage> MailsTo(string to) =>
        Smtp.Received.Where(m => m.To.Mailboxes.Any(b => b.Address == to)).ToList();

    /// <summary>Waits for a log line of the event id, e.g. <c>3112</c>, and returns it.</summary>
    public async Task<string> WaitForLogAsync(int eventId, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var line = Logs.Lines.FirstOrDefault(l => l.Contains($" [{eventId}] ", StringComparison.Ordinal));
            if (line is not null)
            {
                return line;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No log line with event id {eventId} in {seconds} s.");
            await Task.Delay(50);
        }
    }

    public async Task<List<OutboxMessage>> OutboxToAsync(string address)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        var all = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();

        return all.Where(m => m.ToAddresses.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>The site-relative address of the first link to <paramref name="path"/> in the mail's text part.</summary>
    public static string LinkIn(MimeMessage mail, string path)
    {
        var match = Regex.Match(mail.TextBody ?? "", "https?://[^/\\s]+(?<link>" + Regex.Escape(path) + "\\?\\S+)");
        Assert.True(match.Success, $"No link to {path} in the e-mail:\n{mail.TextBody}");

        return match.Groups["link"].Value;
    }

    /// <summary>The text of a page without its tags, for assertions on what a person reads.</summary>
    public static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var text = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>|<[^>]+>", " ", RegexOptions.Singleline);

        return Regex.Replace(WebUtility.HtmlDecode(text), "\\s+", " ");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Helpdesk:Email:PollInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter("Helpdesk", LogLevel.Information);
        });
    }

    private async Task UseSmtpAndSupportContactAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var email = scope.ServiceProvider.GetRequiredService<IEmailSettingsService>();
        var settings = await email.GetAsync();
        settings.Method = EmailDeliveryMethod.Smtp;
        settings.FromAddress = "helpdesk@muster.example";
        settings.SmtpHost = "127.0.0.1";
        settings.SmtpPort = Smtp.Port;
        settings.SmtpTlsMode = SmtpTlsMode.None;
        await email.SaveAsync(settings);

        var site = scope.ServiceProvider.GetRequiredService<ISiteService>();
        var siteSettings = await site.GetSettingsAsync();
        siteSettings.SupportPhone = SupportPhone;
        siteSettings.SupportEmail = SupportEmail;
        await site.SaveSettingsAsync(siteSettings);
    }
}
