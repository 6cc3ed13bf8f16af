using System.Globalization;
using Helpdesk.Infrastructure.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Recipes;

public sealed class RecipeExecutorTests : IDisposable
{
    private const string ExecutorLog = "Helpdesk.Recipes.Services.RecipeExecutor";
    private const string FeatureLog = "Helpdesk.Modularity.Features.FeatureManager";

    private readonly RecipeTestHost _host = new();
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public RecipeExecutorTests()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _uiCulture;
        _host.Dispose();
    }

    [Fact]
    public async Task RecipeWithAnUnknownStepChangesNothing()
    {
        const string recipe = """
            { "steps": [
                { "name": "feature", "enable": ["Helpdesk.Tests.Sample"] },
                { "name": "settings", "siteName": "Changed" },
                { "name": "no-such-step" }
            ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => _host.ExecuteAsync("unknown.recipe.json", recipe));

        Assert.Equal(["unknown.recipe.json: step 3 (no-such-step): no module provides this step."], error.Errors);
        Assert.Null(await _host.FindSettingsAsync());
        Assert.DoesNotContain(RecipeTestHost.SampleFeature, await _host.StoredFeaturesAsync());
        Assert.False(_host.IsEnabled(RecipeTestHost.SampleFeature));
        Assert.Contains("Recipe unknown.recipe.json is invalid (1 errors); nothing was run", _host.Messages(ExecutorLog));
    }

    [Fact]
    public async Task InvalidJsonIsReportedWithLineAndPosition()
    {
        const string recipe = "{\n  \"steps\": [\n    { \"name\": \"feature\" ,, }\n  ]\n}";

        var error = await Assert.ThrowsAsync<RecipeException>(() => _host.ExecuteAsync("broken.recipe.json", recipe));

        var message = Assert.Single(error.Errors);
        Assert.StartsWith("broken.recipe.json: not valid JSON at line 3, position 26: ", message, StringComparison.Ordinal);
        Assert.Null(await _host.FindSettingsAsync());
    }

    [Fact]
    public async Task EveryInvalidStepIsReportedBeforeAnythingRuns()
    {
        const string recipe = """
            { "steps": [
                { "name": "settings", "defaultLanguage": "fr", "primaryColor": "blue", "baseUrl": "ftp://example.com",
                  "supportEmail": "no address", "timeZone": "Mars/Olympus", "sitename": "Typo" },
                { "name": "feature", "enable": ["Helpdesk.Nothing"], "disable": ["Helpdesk.Admin"] },
                { "title": "no name" }
            ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => _host.ExecuteAsync("invalid.recipe.json", recipe));

        Assert.Equal(
            [
                "invalid.recipe.json: step 1 (settings): The language \"fr\" is not supported; use de, en.",
                "invalid.recipe.json: step 1 (settings): \"blue\" is not a colour of the form #rrggbb.",
                "invalid.recipe.json: step 1 (settings): \"ftp://example.com\" is not an absolute http or https address.",
                "invalid.recipe.json: step 1 (settings): \"no address\" is not a valid e-mail address.",
                "invalid.recipe.json: step 1 (settings): \"Mars/Olympus\" is not a known time zone; use an id such as Europe/Berlin.",
                "invalid.recipe.json: step 1 (settings): Unknown setting \"sitename\".",
                "invalid.recipe.json: step 2 (feature): No module provides the feature \"Helpdesk.Nothing\".",
                "invalid.recipe.json: step 2 (feature): The feature \"Helpdesk.Admin\" is always enabled and cannot be disabled.",
                "invalid.recipe.json: step 3: a step must be a JSON object with a \"name\".",
            ],
            error.Errors);
        Assert.Null(await _host.FindSettingsAsync());
    }

    [Fact]
    public async Task StepFailingWhileRunningRollsBackTheStepsBeforeIt()
    {
        await _host.ExecuteAsync("before.recipe.json", """{ "steps": [ { "name": "settings", "siteName": "Before" } ] }""");
        const string recipe = """
            { "steps": [
                { "name": "feature", "enable": ["Helpdesk.Tests.Sample"] },
                { "name": "settings", "siteName": "After", "primaryColor": "#123456" },
                { "name": "fail" }
            ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => _host.ExecuteAsync("failing.recipe.json", recipe));

        Assert.Equal(["failing.recipe.json: step 3 (fail): The sample step failed on purpose."], error.Errors);
        var settings = await _host.FindSettingsAsync();
        Assert.Equal("Before", settings?.SiteName);
        Assert.Equal("#0d6efd", settings?.PrimaryColor);
        Assert.DoesNotContain(RecipeTestHost.SampleFeature, await _host.StoredFeaturesAsync());
        Assert.False(_host.IsEnabled(RecipeTestHost.SampleFeature));
        Assert.Contains("Recipe failing.recipe.json failed at step 3 (fail) and was rolled back", _host.Messages(ExecutorLog));
    }

    [Fact]
    public async Task StepOfADisabledFeatureIsRefusedUnlessAnEarlierStepEnablesIt()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(
            () => _host.ExecuteAsync("disabled.recipe.json", """{ "steps": [ { "name": "fail" } ] }"""));

        Assert.Equal(
            ["disabled.recipe.json: step 1 (fail): the step belongs to the feature \"Helpdesk.Tests.Sample\", which is not enabled; enable it in an earlier feature step."],
            error.Errors);
    }

    [Fact]
    public async Task FeatureStepEnablesDependenciesFirst()
    {
        const string recipe = """{ "steps": [ { "name": "feature", "enable": ["Helpdesk.Tests.Sample.Pinned"] } ] }""";

        await _host.ExecuteAsync("pinned.recipe.json", recipe);

        Assert.True(_host.IsEnabled(RecipeTestHost.SampleFeature));
        Assert.True(_host.IsEnabled(RecipeTestHost.PinnedSampleFeature));
        Assert.Contains(RecipeTestHost.PinnedSampleFeature, await _host.StoredFeaturesAsync());
        var enabled = _host.Messages(FeatureLog).Where(m => m.Contains("Helpdesk.Tests.Sample", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Feature Helpdesk.Tests.Sample enabled", "Feature Helpdesk.Tests.Sample.Pinned enabled"], enabled);
        Assert.Contains("Recipe pinned.recipe.json executed (1 steps)", _host.Messages(ExecutorLog));
    }

    [Fact]
    public async Task FeatureStepDisablesDependentsToo()
    {
        await _host.ExecuteAsync("pinned.recipe.json", """{ "steps": [ { "name": "feature", "enable": ["Helpdesk.Tests.Sample.Pinned"] } ] }""");

        await _host.ExecuteAsync("off.recipe.json", """{ "steps": [ { "name": "feature", "disable": ["Helpdesk.Tests.Sample"] } ] }""");

        Assert.False(_host.IsEnabled(RecipeTestHost.SampleFeature));
        Assert.False(_host.IsEnabled(RecipeTestHost.PinnedSampleFeature));
        Assert.DoesNotContain(RecipeTestHost.PinnedSampleFeature, await _host.StoredFeaturesAsync());
    }

    [Fact]
    public async Task ErrorsAreShownInTheUsersLanguage()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");

        var error = await Assert.ThrowsAsync<RecipeException>(
            () => _host.ExecuteAsync("unknown.recipe.json", """{ "steps": [ { "name": "no-such-step" } ] }"""));

        Assert.Equal(["unknown.recipe.json: Schritt 1 (no-such-step): Kein Modul stellt diesen Schritt bereit."], error.Errors);
    }

    [Fact]
    public async Task ShippedHelpdeskRecipeSetsUpTheSite()
    {
        var catalog = _host.Services.GetRequiredService<IRecipeCatalog>();
        var recipes = await catalog.ListAsync();
        var json = await catalog.ReadAsync("helpdesk.recipe.json");

        await _host.ExecuteAsync("helpdesk.recipe.json", json!);

        Assert.Contains(recipes, r => r is { FileName: "helpdesk.recipe.json", DisplayName: "Helpdesk", IsSetupRecipe: true });
        Assert.Contains(recipes, r => r is { FileName: "blank.recipe.json", IsSetupRecipe: true });
        Assert.Equal("#0b5ed7", (await _host.FindSettingsAsync())?.PrimaryColor);
        Assert.Contains("Helpdesk.Recipes", await _host.StoredFeaturesAsync());
        Assert.Contains("Helpdesk.Users", await _host.StoredFeaturesAsync());
    }
}
