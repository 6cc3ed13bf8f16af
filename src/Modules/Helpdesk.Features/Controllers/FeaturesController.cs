using Helpdesk.Features.Services;
using Helpdesk.Features.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Features.Controllers;

[Admin]
[RequirePermission(nameof(Permissions.ManageFeatures))]
[Route("admin/features")]
public sealed class FeaturesController : Controller
{
    private readonly ModuleCatalog _catalog;
    private readonly IFeatureGate _gate;
    private readonly IFeatureManager _features;
    private readonly FeatureSwitchService _switch;
    private readonly INotifier _notifier;
    private readonly ILogger<FeaturesController> _logger;

    public FeaturesController(
        ModuleCatalog catalog,
        IFeatureGate gate,
        IFeatureManager features,
        FeatureSwitchService featureSwitch,
        INotifier notifier,
        IStringLocalizer<FeaturesController> localizer,
        ILogger<FeaturesController> logger)
    {
        _catalog = catalog;
        _gate = gate;
        _features = features;
        _switch = featureSwitch;
        _notifier = notifier;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public IActionResult Index()
    {
        var categories = _catalog.Features
            .Select(Entry)
            .GroupBy(entry => S[_catalog.GetFeature(entry.Id).Category].Value)
            .OrderBy(group => group.Key, StringComparer.CurrentCulture)
            .Select(group => new FeatureCategoryViewModel(
                group.Key,
                group.OrderBy(entry => entry.Name, StringComparer.CurrentCulture).ToList()))
            .ToList();

        return View(new FeatureListViewModel(categories));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(string id, CancellationToken cancellationToken)
    {
        var feature = _catalog.FindFeature(id);
        if (feature is null)
        {
            return NotFound();
        }

        try
        {
            var others = Others(feature, await _switch.EnableAsync(feature.Id, cancellationToken));
            _notifier.Success(others.Length == 0
                ? S["{0} was enabled.", Name(feature)]
                : S["{0} was enabled, together with {1}.", Name(feature), others]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Enabling feature {FeatureId} failed", feature.Id);
            _notifier.Error(S["{0} could not be enabled: {1}", Name(feature), exception.GetBaseException().Message]);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        var feature = _catalog.FindFeature(id);
        if (feature is null)
        {
            return NotFound();
        }

        if (feature.AlwaysEnabled)
        {
            _notifier.Error(S["{0} is always enabled and cannot be disabled.", Name(feature)]);
            return RedirectToAction(nameof(Index));
        }

        try
        {
            var others = Others(feature, await _switch.DisableAsync(feature.Id, cancellationToken));
            _notifier.Success(others.Length == 0
                ? S["{0} was disabled.", Name(feature)]
                : S["{0} was disabled, together with {1}.", Name(feature), others]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Disabling feature {FeatureId} failed", feature.Id);
            _notifier.Error(S["{0} could not be disabled: {1}", Name(feature), exception.GetBaseException().Message]);
        }

        return RedirectToAction(nameof(Index));
    }

    private FeatureEntryViewModel Entry(FeatureInfo feature)
    {
        var isEnabled = _gate.IsEnabled(feature.Id);

        return new FeatureEntryViewModel
        {
            Id = feature.Id,
            Name = Name(feature),
            Description = feature.Description.Length > 0 ? S[feature.Description] : "",
            IsEnabled = isEnabled,
            AlwaysEnabled = feature.AlwaysEnabled,
            Dependencies = feature.Dependencies.Select(id => Name(_catalog.GetFeature(id))).ToList(),
            AlsoEnabled = isEnabled
                ? []
                : _features.Dependencies(feature.Id).Where(d => !_gate.IsEnabled(d.Id)).Select(Name).ToList(),
            AlsoDisabled = isEnabled ? _features.EnabledDependents(feature.Id).Select(Name).ToList() : [],
        };
    }

    private string Others(FeatureInfo feature, IReadOnlyList<FeatureInfo> changed) =>
        string.Join(", ", changed.Where(f => f.Id != feature.Id).Select(Name));

    private string Name(FeatureInfo feature) => S[feature.Name];
}
