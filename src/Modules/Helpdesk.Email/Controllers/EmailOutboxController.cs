using Helpdesk.Email.Models;
using Helpdesk.Email.Outbox;
using Helpdesk.Email.Services;
using Helpdesk.Email.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Email.Controllers;

[Admin]
[RequirePermission(Permissions.ManageEmailName)]
[Route("admin/email/outbox")]
public sealed class EmailOutboxController : Controller
{
    private const int PageSize = 25;

    private readonly IOutboxService _outbox;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;

    public EmailOutboxController(
        IOutboxService outbox,
        ISiteService site,
        INotifier notifier,
        IStringLocalizer<EmailOutboxController> localizer)
    {
        _outbox = outbox;
        _site = site;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxState? state, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = new OutboxListViewModel
        {
            Page = await _outbox.ListAsync(state, page, PageSize, cancellationToken),
            State = state,
            Counts = await _outbox.CountByStateAsync(cancellationToken),
            TimeZone = await TimeZoneAsync(cancellationToken),
        };

        return View(model);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var details = await _outbox.FindAsync(id, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        return View(new OutboxDetailsViewModel
        {
            Message = details.Message,
            Attachments = details.Attachments,
            Headers = OutboxMessageFactory.ReadHeaders(details.Message.Headers),
            TimeZone = await TimeZoneAsync(cancellationToken),
        });
    }

    [HttpGet("{id:long}/attachments/{attachmentId:long}")]
    public async Task<IActionResult> Attachment(long id, long attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await _outbox.FindAttachmentAsync(id, attachmentId, cancellationToken);

        return attachment is null ? NotFound() : File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id, CancellationToken cancellationToken)
    {
        if (await _outbox.RetryAsync(id, cancellationToken))
        {
            _notifier.Success(S["The e-mail will be sent again now."]);
        }
        else
        {
            _notifier.Warning(S["Only a failed e-mail can be sent again."]);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("retry-failed")]
    public async Task<IActionResult> RetryFailed(CancellationToken cancellationToken)
    {
        var count = await _outbox.RetryAllFailedAsync(cancellationToken);
        if (count > 0)
        {
            _notifier.Success(S["{0} failed e-mails will be sent again now.", count]);
        }
        else
        {
            _notifier.Warning(S["There are no failed e-mails to send again."]);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<TimeZoneInfo> TimeZoneAsync(CancellationToken cancellationToken)
    {
        var site = await _site.FindSettingsAsync(cancellationToken);

        return site is not null && TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
