using Helpdesk.Modularity.Features;

namespace Helpdesk.Modularity.Security;

public sealed class PermissionService : IPermissionService
{
    private readonly IEnumerable<IPermissionProvider> _providers;
    private readonly IFeatureGate _gate;
    private readonly ModuleCatalog _catalog;

    public PermissionService(IEnumerable<IPermissionProvider> providers, IFeatureGate gate, ModuleCatalog catalog)
    {
        _providers = providers;
        _gate = gate;
        _catalog = catalog;
    }

    public IReadOnlyList<PermissionGroup> GetGroups() =>
        _gate.Active(_providers)
            .GroupBy(p => _gate.FeatureOf(p.GetType()) ?? "")
            .Select(g => new PermissionGroup(
                _catalog.GetFeature(g.Key),
                g.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList()))
            .OrderBy(g => g.Feature.Name, StringComparer.Ordinal)
            .ToList();

    public Permission? Find(string name) =>
        GetGroups().SelectMany(g => g.Permissions).FirstOrDefault(p => p.Name == name);
}
