using Helpdesk.Email.Models;
using MimeKit;

namespace Helpdesk.Email.Delivery;

/// <summary>Hands a finished message over by one <see cref="EmailDeliveryMethod"/>.</summary>
public interface IEmailDelivery
{
    EmailDeliveryMethod Method { get; }

    /// <summary>Delivers the message; throws <see cref="EmailDeliveryException"/> when it cannot.</summary>
    Task<EmailDeliveryResult> DeliverAsync(MimeMessage message, EmailSettings settings, CancellationToken cancellationToken);
}
