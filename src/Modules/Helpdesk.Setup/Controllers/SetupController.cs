using System.Globalization;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Setup.Services;
using Helpdesk.Setup.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Setup.Controllers;

/// <summary>The page that sets up a new site. Once the site is set up it answers 404 (see the middleware).</summary>
[AllowAnonymous]
[Route("setup")]
public sealed class SetupController : Controller
{
    private readonly SetupService _setup;
    private readonly IRecipeCatalog _recipes;
    private readonly DatabaseSettingsAccessor _database;
    private readonly INotifier _notifier;

    public SetupController(
        SetupService setup,
        IRecipeCatalog recipes,
        DatabaseSettingsAccessor database,
        INotifier notifier,
        IStringLocalizer<SetupController> localizer)
    {
        _setup = setup;
        _recipes = recipes;
        _database = database;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var model = new SetupViewModel
        {
            Language = SupportedCultures.IsSupported(language) ? language : SupportedCultures.English,
            TimeZone = TimeZones.Default,
            BaseUrl = SiteAddress.OriginOf(Request),
            Recipe = UnattendedSetupTask.DefaultRecipe,
        };

        return View(await WithChoicesAsync(model, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SetupViewModel model, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await _setup.SetupAsync(model.ToRequest(), cancellationToken);
            if (result.Succeeded)
            {
                _notifier.Success(S["The site is set up. Sign in as administrator."]);
                return LocalRedirect("~/login");
            }

            foreach (var (field, messages) in result.Errors)
            {
                messages.ForEach(message => ModelState.AddModelError(field, message));
            }
        }

        return View(await WithChoicesAsync(model, cancellationToken));
    }

    private async Task<SetupViewModel> WithChoicesAsync(SetupViewModel model, CancellationToken cancellationToken)
    {
        var recipes = await _recipes.ListAsync(cancellationToken);
        model.Recipes = recipes.Where(r => r.IsSetupRecipe).ToList();
        model.TimeZones = TimeZones.All;
        model.IsDatabaseFixed = _database.IsFixedByConfiguration;
        model.FixedProvider = _database.IsFixedByConfiguration ? _database.Current.Provider : DatabaseProvider.Sqlite;

        return model;
    }
}
