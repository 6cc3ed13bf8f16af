using System.Globalization;
using Helpdesk.Data.Documents;
using Helpdesk.Email.Delivery;
using Helpdesk.Email.Models;
using Helpdesk.Email.Rendering;
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
[Route("admin/email/settings")]
public sealed class EmailSettingsController : Controller
{
    private readonly IEmailSettingsService _settings;
    private readonly EmailSender _sender;
    private readonly IEmailTemplateRenderer _renderer;
    private readonly PickupFolderEmailDelivery _pickupFolder;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;

    public EmailSettingsController(
        IEmailSettingsService settings,
        EmailSender sender,
        IEmailTemplateRenderer renderer,
        PickupFolderEmailDelivery pickupFolder,
        ISiteService site,
        INotifier notifier,
        IStringLocalizer<EmailSettingsController> localizer)
    {
        _settings = settings;
        _sender = sender;
        _renderer = renderer;
        _pickupFolder = pickupFolder;
        _site = site;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync(cancellationToken);

        return View(nameof(Index), Describe(ToViewModel(settings), settings));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(EmailSettingsViewModel model, CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync(cancellationToken);
        ModelState.Remove(nameof(model.TestRecipient));
        ValidateSettings(model);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), Describe(model, settings));
        }

        Apply(model, settings);
        try
        {
            await _settings.SaveAsync(settings, cancellationToken);
        }
        catch (DocumentConcurrencyException)
        {
            ModelState.AddModelError("", S["Someone else changed the e-mail settings meanwhile. Check them and save again."]);

            return View(nameof(Index), Describe(model, await _settings.GetAsync(cancellationToken)));
        }

        _notifier.Success(S["The e-mail settings were saved."]);

        return RedirectToAction(nameof(Index));
    }

    /// <summary>Sends a test e-mail with the values in the form, without saving them, and shows the answer.</summary>
    [HttpPost("test")]
    public async Task<IActionResult> SendTest(EmailSettingsViewModel model, CancellationToken cancellationToken)
    {
        var stored = await _settings.GetAsync(cancellationToken);
        ValidateSettings(model);
        if (string.IsNullOrWhiteSpace(model.TestRecipient))
        {
            ModelState.AddModelError(nameof(model.TestRecipient), S["Enter the address the test e-mail goes to."]);
        }

        if (ModelState.IsValid)
        {
            var trial = await _settings.GetAsync(cancellationToken);
            Apply(model, trial);
            model.TestResult = await SendTestAsync(model.TestRecipient!.Trim(), trial, cancellationToken);
        }

        return View(nameof(Index), Describe(model, stored));
    }

    private async Task<EmailTestResult> SendTestAsync(string recipient, EmailSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _sender.SendDirectAsync(await TestMessageAsync(recipient, cancellationToken), settings, cancellationToken);
            var message = result.Method == EmailDeliveryMethod.Smtp
                ? S["The test e-mail was sent. The server answered: {0}", result.Response]
                : S["The test e-mail was written to {0}.", result.Response];

            return new EmailTestResult(true, message, null);
        }
        catch (EmailDeliveryException exception)
        {
            return new EmailTestResult(false, S["The test e-mail could not be sent. {0}", Explain(exception.Failure)], exception.Message);
        }
        catch (ArgumentException)
        {
            return new EmailTestResult(false, S["The test e-mail could not be sent. {0}", S["Enter a valid e-mail address."]], null);
        }
    }

    private async Task<EmailMessage> TestMessageAsync(string recipient, CancellationToken cancellationToken)
    {
        var site = await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();
        var body = await _renderer.RenderAsync(
            new EmailContent
            {
                Heading = S["Test e-mail"],
                TextBody = S["This e-mail shows that {0} can send e-mail with these settings.", site.SiteName],
                ActionUrl = site.BaseUrl,
                ActionText = S["Open the portal"],
            },
            CultureInfo.CurrentUICulture,
            cancellationToken);

        return new EmailMessage
        {
            To = [new EmailAddress(recipient)],
            Subject = S["Test e-mail from {0}", site.SiteName],
            HtmlBody = body.Html,
            TextBody = body.Text,
        };
    }

    private string Explain(EmailDeliveryFailure failure) => failure switch
    {
        EmailDeliveryFailure.NotConfigured => S["Enter the SMTP server first."],
        EmailDeliveryFailure.ConnectionFailed => S["The server could not be reached; check the host name and the port."],
        EmailDeliveryFailure.SecureConnectionFailed => S["No secure connection could be made; check the security setting and the port."],
        EmailDeliveryFailure.AuthenticationFailed => S["The server did not accept the user name and password."],
        EmailDeliveryFailure.Rejected => S["The server refused the e-mail."],
        EmailDeliveryFailure.PasswordUnreadable => S["The stored password can no longer be read; enter it again."],
        EmailDeliveryFailure.PickupFolderFailed => S["The pickup folder cannot be written to."],
        EmailDeliveryFailure.TimedOut => S["The server did not answer in time."],
        _ => S["The delivery failed."],
    };

    private void ValidateSettings(EmailSettingsViewModel model)
    {
        if (model.Method == EmailDeliveryMethod.Smtp && string.IsNullOrWhiteSpace(model.SmtpHost))
        {
            ModelState.AddModelError(nameof(model.SmtpHost), S["Enter the SMTP server's host name."]);
        }
        else if (!string.IsNullOrWhiteSpace(model.SmtpHost) && Uri.CheckHostName(model.SmtpHost.Trim()) == UriHostNameType.Unknown)
        {
            ModelState.AddModelError(nameof(model.SmtpHost), S["Enter a host name such as mail.example.com or an IP address."]);
        }

        if (model.PickupFolder is not null && model.PickupFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            ModelState.AddModelError(nameof(model.PickupFolder), S["Enter a folder path."]);
        }
    }

    private static EmailSettingsViewModel ToViewModel(EmailSettings settings) => new()
    {
        Method = settings.Method,
        FromAddress = settings.FromAddress,
        FromName = settings.FromName,
        SmtpHost = settings.SmtpHost,
        SmtpPort = settings.SmtpPort,
        SmtpTlsMode = settings.SmtpTlsMode,
        SmtpUserName = settings.SmtpUserName,
        PickupFolder = settings.PickupFolder,
    };

    // The parts of the page that come from the stored settings, never from the post.
    private EmailSettingsViewModel Describe(EmailSettingsViewModel model, EmailSettings stored)
    {
        model.SmtpPassword = null;
        model.HasStoredPassword = stored.SmtpPasswordProtected is not null;
        model.ResolvedPickupFolder = _pickupFolder.ResolveFolder(stored);

        return model;
    }

    private void Apply(EmailSettingsViewModel model, EmailSettings settings)
    {
        settings.Method = model.Method;
        settings.FromAddress = Trimmed(model.FromAddress);
        settings.FromName = Trimmed(model.FromName);
        settings.SmtpHost = Trimmed(model.SmtpHost);
        settings.SmtpPort = model.SmtpPort ?? settings.SmtpPort;
        settings.SmtpTlsMode = model.SmtpTlsMode;
        settings.SmtpUserName = Trimmed(model.SmtpUserName);
        settings.PickupFolder = Trimmed(model.PickupFolder);
        if (model.ClearSmtpPassword)
        {
            _settings.SetSmtpPassword(settings, null);
        }
        else if (!string.IsNullOrEmpty(model.SmtpPassword))
        {
            _settings.SetSmtpPassword(settings, model.SmtpPassword);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
