using Helpdesk.Email.Models;
using MimeKit;

namespace Helpdesk.Email.Services;

/// <summary>Reads and saves the <see cref="EmailSettings"/> document; keeps the SMTP password encrypted.</summary>
public interface IEmailSettingsService
{
    Task<EmailSettings> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(EmailSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Stores the password encrypted in the settings (not saved yet); null or empty removes it.</summary>
    void SetSmtpPassword(EmailSettings settings, string? password);

    /// <summary>
    /// The sender: the configured address and name, else the site's support address and name,
    /// else <c>noreply@</c> the host of the site's address.
    /// </summary>
    Task<MailboxAddress> GetSenderAsync(EmailSettings settings, CancellationToken cancellationToken = default);
}
