using Helpdesk.Email.Delivery;
using Helpdesk.Email.Models;

namespace Helpdesk.Email.Services;

/// <summary>Delivers one message now, by the method the settings choose.</summary>
public sealed class EmailSender
{
    private readonly IEmailSettingsService _settings;
    private readonly IEnumerable<IEmailDelivery> _deliveries;
    private readonly EmailMessageValidator _validator;

    public EmailSender(IEmailSettingsService settings, IEnumerable<IEmailDelivery> deliveries, EmailMessageValidator validator)
    {
        _settings = settings;
        _deliveries = deliveries;
        _validator = validator;
    }

    /// <summary>Sends an outbox message with the saved settings.</summary>
    public async Task<EmailDeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync(cancellationToken);

        return await SendAsync(message, settings, cancellationToken);
    }

    /// <summary>
    /// Sends a message directly, bypassing the outbox, with the given (possibly unsaved) settings:
    /// the "send test e-mail" button, which must report the server's answer at once.
    /// </summary>
    public async Task<EmailDeliveryResult> SendDirectAsync(
        EmailMessage message,
        EmailSettings settings,
        CancellationToken cancellationToken)
    {
        _validator.Validate(message);
        var sender = await _settings.GetSenderAsync(settings, cancellationToken);
        var row = OutboxMessageFactory.Create(message, MimeKit.Utils.MimeUtils.GenerateMessageId(sender.Domain), DateTime.UtcNow);

        return await SendAsync(row, settings, cancellationToken);
    }

    private async Task<EmailDeliveryResult> SendAsync(
        OutboxMessage message,
        EmailSettings settings,
        CancellationToken cancellationToken)
    {
        var sender = await _settings.GetSenderAsync(settings, cancellationToken);
        var mime = OutboxMessageFactory.ToMime(message, sender);
        var delivery = _deliveries.First(d => d.Method == settings.Method);

        return await delivery.DeliverAsync(mime, settings, cancellationToken);
    }
}
