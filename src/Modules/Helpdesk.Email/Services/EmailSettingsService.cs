using Helpdesk.Data.Documents;
using Helpdesk.Email.Delivery;
using Helpdesk.Email.Models;
using Helpdesk.Infrastructure.Settings;
using MimeKit;

namespace Helpdesk.Email.Services;

public sealed class EmailSettingsService : IEmailSettingsService
{
    private readonly IDocumentStore _documents;
    private readonly ISiteService _site;
    private readonly SmtpPasswordProtector _passwords;

    public EmailSettingsService(IDocumentStore documents, ISiteService site, SmtpPasswordProtector passwords)
    {
        _documents = documents;
        _site = site;
        _passwords = passwords;
    }

    public Task<EmailSettings> GetAsync(CancellationToken cancellationToken = default) =>
        _documents.GetAsync<EmailSettings>(cancellationToken);

    public Task SaveAsync(EmailSettings settings, CancellationToken cancellationToken = default) =>
        _documents.SaveAsync(settings, cancellationToken);

    public void SetSmtpPassword(EmailSettings settings, string? password) =>
        settings.SmtpPasswordProtected = string.IsNullOrEmpty(password) ? null : _passwords.Protect(password);

    public async Task<MailboxAddress> GetSenderAsync(EmailSettings settings, CancellationToken cancellationToken = default)
    {
        var site = await _site.FindSettingsAsync(cancellationToken);
        var name = FirstFilled(settings.FromName, site?.SiteName) ?? "";
        var address = FirstFilled(settings.FromAddress, site?.SupportEmail) ?? "noreply@" + HostOf(site?.BaseUrl);

        return new MailboxAddress(name, address);
    }

    private static string? FirstFilled(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string HostOf(string? baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : "localhost";
}
