using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;
using Helpdesk.Modularity.Features;
using Microsoft.EntityFrameworkCore;
using MimeKit.Utils;

namespace Helpdesk.Email.Services;

public sealed class EmailService : IEmailService
{
    private readonly HelpdeskDbContext _db;
    private readonly IEmailSettingsService _settings;
    private readonly EmailMessageValidator _validator;
    private readonly OutboxSignal _signal;
    private readonly IFeatureGate _gate;

    public EmailService(
        HelpdeskDbContext db,
        IEmailSettingsService settings,
        EmailMessageValidator validator,
        OutboxSignal signal,
        IFeatureGate gate)
    {
        _db = db;
        _settings = settings;
        _validator = validator;
        _signal = signal;
        _gate = gate;
    }

    public async Task<string> QueueAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (!_gate.IsEnabled(GetType()))
        {
            throw new InvalidOperationException("The feature 'Helpdesk.Email' is disabled; enable it before queuing e-mail.");
        }

        _validator.Validate(message);
        var settings = await _settings.GetAsync(cancellationToken);
        var sender = await _settings.GetSenderAsync(settings, cancellationToken);
        var row = OutboxMessageFactory.Create(message, MimeUtils.GenerateMessageId(sender.Domain), DateTime.UtcNow);

        _db.Add(row);
        await _db.SaveChangesAsync(cancellationToken);
        Forget(row);
        _db.AfterTransaction(_signal.Notify);

        return row.MessageId;
    }

    // The caller's context should not keep the attachments' bytes alive for the rest of its scope.
    private void Forget(OutboxMessage row)
    {
        foreach (var attachment in row.Attachments)
        {
            _db.Entry(attachment).State = EntityState.Detached;
        }

        _db.Entry(row).State = EntityState.Detached;
    }
}
