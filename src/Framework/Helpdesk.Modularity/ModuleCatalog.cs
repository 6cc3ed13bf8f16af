using System.Reflection;
using Helpdesk.Modularity.Manifest;
using Microsoft.Extensions.DependencyModel;

namespace Helpdesk.Modularity;

/// <summary>
/// The modules and features of this application, found once at start in the assemblies the
/// host references. Features are kept in dependency order.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, FeatureInfo> _featuresById;

    public ModuleCatalog(IEnumerable<ModuleInfo> modules)
    {
        Modules = modules.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        Features = FeatureOrder.Sort(Modules.SelectMany(m => m.Features));
        _featuresById = Features.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ModuleInfo> Modules { get; }

    /// <summary>All features, each after its dependencies.</summary>
    public IReadOnlyList<FeatureInfo> Features { get; }

    public FeatureInfo? FindFeature(string id) => _featuresById.GetValueOrDefault(id);

    public FeatureInfo GetFeature(string id) =>
        FindFeature(id) ?? throw new FeatureDependencyException($"No module provides feature '{id}'.");

    /// <summary>Finds every module in the project assemblies of the running application.</summary>
    public static ModuleCatalog Discover()
    {
        var assemblies = (DependencyContext.Default?.RuntimeLibraries ?? [])
            .Where(library => library.Type == "project")
            .Select(library => LoadOrNull(library.Name))
            .OfType<Assembly>();

        return FromAssemblies(assemblies);
    }

    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var modules = assemblies
            .Distinct()
            .Select(ReadModule)
            .OfType<ModuleInfo>();

        return new ModuleCatalog(modules);
    }

    private static Assembly? LoadOrNull(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static ModuleInfo? ReadModule(Assembly assembly)
    {
        var manifest = assembly.GetCustomAttribute<ModuleAttribute>();
        if (manifest is null)
        {
            return null;
        }

        var module = new ModuleInfo
        {
            Id = manifest.Id,
            Name = manifest.Name.Length > 0 ? manifest.Name : manifest.Id,
            Description = manifest.Description,
            Category = manifest.Category,
            IsTheme = manifest.IsTheme,
            Assembly = assembly,
        };

        var declared = assembly.GetCustomAttributes<ModuleFeatureAttribute>().ToList();
        if (declared.All(f => f.Id != manifest.Id))
        {
            module.Features.Add(MainFeature(module, manifest));
        }

        module.Features.AddRange(declared.Select(f => DeclaredFeature(module, f)));

        return module;
    }

    private static FeatureInfo MainFeature(ModuleInfo module, ModuleAttribute manifest) => new()
    {
        Id = manifest.Id,
        Name = module.Name,
        Description = manifest.Description,
        Category = manifest.Category,
        Dependencies = manifest.Dependencies,
        AlwaysEnabled = manifest.AlwaysEnabled,
        Module = module,
    };

    private static FeatureInfo DeclaredFeature(ModuleInfo module, ModuleFeatureAttribute feature) => new()
    {
        Id = feature.Id,
        Name = feature.Name.Length > 0 ? feature.Name : feature.Id,
        Description = feature.Description,
        Category = feature.Category ?? module.Category,
        Dependencies = feature.Dependencies,
        AlwaysEnabled = feature.AlwaysEnabled,
        Module = module,
    };
}
