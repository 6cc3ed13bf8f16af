using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Recipes;

/// <summary>The real site on a fresh SQLite file in a folder of its own, deleted afterwards.</summary>
public sealed class RecipeTestHost : WebApplicationFactory<Program>
{
    public const string SampleFeature = "Helpdesk.Tests.Sample";
    public const string PinnedSampleFeature = "Helpdesk.Tests.Sample.Pinned";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "helpdesk-recipes-" + Guid.NewGuid().ToString("N"));

    public LogCollector Logs { get; } = new();

    public async Task ExecuteAsync(string fileName, string json)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(fileName, json);
    }

    /// <summary>The site settings as committed, read in a scope of their own.</summary>
    public async Task<SiteSettings?> FindSettingsAsync()
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ISiteService>().FindSettingsAsync();
    }

    /// <summary>The enabled features as stored in the database.</summary>
    public async Task<IReadOnlyCollection<string>> StoredFeaturesAsync()
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<IFeatureStateStore>().LoadAsync();
    }

    public bool IsEnabled(string featureId) => Services.GetRequiredService<IFeatureGate>().IsEnabled(featureId);

    public IEnumerable<string> Messages(string category) =>
        Logs.Lines.Where(line => line.Category == category).Select(line => line.Message);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Helpdesk:DataPath", _dataPath);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddScoped<IRecipeStepHandler, FailingStep>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataPath))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
