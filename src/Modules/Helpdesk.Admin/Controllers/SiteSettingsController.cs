using Helpdesk.Admin.Services;
using Helpdesk.Admin.ViewModels;
using Helpdesk.Data.Documents;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Admin.Controllers;

[Admin]
[RequirePermission(Permissions.ManageSettingsName)]
[Route("admin/settings")]
public sealed partial class SiteSettingsController : Controller
{
    // Larger than the logo limit, so that a too large logo gets a friendly message, not a 413.
    private const long MaxRequestLength = 8 * LogoFormat.MaxLength;

    private readonly ISiteService _site;
    private readonly SiteLogoStore _logos;
    private readonly INotifier _notifier;
    private readonly ILogger<SiteSettingsController> _logger;

    public SiteSettingsController(
        ISiteService site,
        SiteLogoStore logos,
        INotifier notifier,
        IStringLocalizer<SiteSettingsController> localizer,
        ILogger<SiteSettingsController> logger)
    {
        _site = site;
        _logos = logos;
        _notifier = notifier;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(cancellationToken);

        return View(SiteSettingsViewModel.From(settings));
    }

    [HttpPost("")]
    [RequestSizeLimit(MaxRequestLength)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestLength)]
    public async Task<IActionResult> Edit(SiteSettingsViewModel model, CancellationToken cancellationToken)
    {
        var logo = await ReadLogoAsync(model.Logo, cancellationToken);
        var settings = await LoadAsync(cancellationToken);
        model.CurrentLogoFileName = settings.LogoFileName;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var previousLogo = settings.LogoFileName;
        model.ApplyTo(settings);
        settings.LogoFileName = await StoreLogoAsync(logo, model.RemoveLogo, previousLogo, cancellationToken);

        if (!await TrySaveAsync(settings, previousLogo, cancellationToken))
        {
            return View(model);
        }

        _notifier.Success(S["The settings were saved."]);

        return RedirectToAction(nameof(Edit));
    }

    private async Task<SiteSettings> LoadAsync(CancellationToken cancellationToken) =>
        await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();

    private async Task<UploadedLogo?> ReadLogoAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > LogoFormat.MaxLength)
        {
            ModelState.AddModelError(nameof(SiteSettingsViewModel.Logo), S["The logo can be at most 1 MB."]);
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();

        var format = LogoFormat.Detect(content);
        if (format is null)
        {
            ModelState.AddModelError(
                nameof(SiteSettingsViewModel.Logo),
                S["The logo must be a PNG, JPEG, GIF or WebP image."]);
            return null;
        }

        return new UploadedLogo(content, format);
    }

    private async Task<string?> StoreLogoAsync(
        UploadedLogo? logo,
        bool remove,
        string? current,
        CancellationToken cancellationToken)
    {
        if (logo is not null)
        {
            return await _logos.SaveAsync(logo.Content, logo.Format, cancellationToken);
        }

        return remove ? null : current;
    }

    private async Task<bool> TrySaveAsync(SiteSettings settings, string? previousLogo, CancellationToken cancellationToken)
    {
        try
        {
            await _site.SaveSettingsAsync(settings, cancellationToken);
        }
        catch (DocumentConcurrencyException)
        {
            if (settings.LogoFileName != previousLogo)
            {
                _logos.Delete(settings.LogoFileName);
            }

            ModelState.AddModelError(
                string.Empty,
                S["Someone else changed the settings while you were editing them. Please reload the page and make your changes again."]);
            return false;
        }

        if (settings.LogoFileName != previousLogo)
        {
            _logos.Delete(previousLogo);
        }

        LogSettingsSaved(User.Identity?.Name);

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Site settings saved by {UserName}")]
    private partial void LogSettingsSaved(string? userName);
}
