using Helpdesk.Modularity;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;

namespace Helpdesk.Tests.Modularity;

public sealed class FeatureOrderTests
{
    private static readonly ModuleInfo TestModule = new()
    {
        Id = "Testing",
        Name = "Testing",
        Description = "",
        Category = "Testing",
        IsTheme = false,
        Assembly = typeof(FeatureOrderTests).Assembly,
    };

    [Fact]
    public void EveryFeatureComesAfterTheFeaturesItDependsOn()
    {
        var features = new[]
        {
            Feature("Tickets", "Contents", "Users"),
            Feature("Workflows", "Tickets", "Email"),
            Feature("Contents"),
            Feature("Email"),
            Feature("Users"),
        };

        var ordered = FeatureOrder.Sort(features).Select(f => f.Id).ToList();

        Assert.Equal(5, ordered.Count);
        Assert.True(ordered.IndexOf("Contents") < ordered.IndexOf("Tickets"));
        Assert.True(ordered.IndexOf("Users") < ordered.IndexOf("Tickets"));
        Assert.True(ordered.IndexOf("Tickets") < ordered.IndexOf("Workflows"));
        Assert.True(ordered.IndexOf("Email") < ordered.IndexOf("Workflows"));
    }

    [Fact]
    public void CycleIsReportedWithTheFeaturesInvolved()
    {
        var features = new[]
        {
            Feature("A", "B"),
            Feature("B", "C"),
            Feature("C", "A"),
            Feature("D"),
        };

        var error = Assert.Throws<FeatureDependencyException>(() => FeatureOrder.Sort(features));

        Assert.Contains("cycle", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A -> B -> C -> A", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("D", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDependencyIsReportedWithTheFeatureThatNeedsIt()
    {
        var features = new[] { Feature("Tickets", "Contents", "Search"), Feature("Contents") };

        var error = Assert.Throws<FeatureDependencyException>(() => FeatureOrder.Sort(features));

        Assert.Contains("'Tickets'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Search'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogListsTheSampleModulesPinnedFeatureAfterTheFeatureItDependsOn()
    {
        var catalog = TestServices.SampleCatalog();

        var ids = catalog.Features.Select(f => f.Id).ToList();

        Assert.Equal([SampleFeatures.Notes, SampleFeatures.Pinned], ids);
        Assert.Equal([SampleFeatures.Notes], catalog.GetFeature(SampleFeatures.Pinned).Dependencies);
    }

    [Fact]
    public void CatalogOfTheTestRunHoldsTheProductModulesAndTheSampleModule()
    {
        var catalog = ModuleCatalog.Discover();

        var ids = catalog.Modules.Select(m => m.Id).ToList();

        Assert.Contains("Helpdesk.Admin", ids);
        Assert.Contains("Helpdesk.Users", ids);
        Assert.Contains(SampleFeatures.Notes, ids);
    }

    private static FeatureInfo Feature(string id, params string[] dependencies) => new()
    {
        Id = id,
        Name = id,
        Description = "",
        Category = "Testing",
        Dependencies = dependencies,
        AlwaysEnabled = false,
        Module = TestModule,
    };
}
