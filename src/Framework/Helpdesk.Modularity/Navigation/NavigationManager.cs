using System.Security.Claims;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Authorization;

namespace Helpdesk.Modularity.Navigation;

public sealed class NavigationManager : INavigationManager
{
    private readonly IEnumerable<INavigationProvider> _providers;
    private readonly IFeatureGate _gate;
    private readonly IAuthorizationService _authorization;

    public NavigationManager(
        IEnumerable<INavigationProvider> providers,
        IFeatureGate gate,
        IAuthorizationService authorization)
    {
        _providers = providers;
        _gate = gate;
        _authorization = authorization;
    }

    public async Task<IReadOnlyList<NavigationItem>> BuildMenuAsync(string menuName, ClaimsPrincipal user)
    {
        var items = new List<NavigationItem>();
        foreach (var provider in _gate.Active(_providers))
        {
            await provider.BuildAsync(menuName, items);
        }

        return await AllowedAsync(Merge(items), user);
    }

    // Providers of different modules may contribute children to a group of the same name.
    private static List<NavigationItem> Merge(IEnumerable<NavigationItem> items) =>
        items.GroupBy(i => (i.Text, i.Url))
            .Select(g => new NavigationItem
            {
                Text = g.Key.Text,
                Url = g.Key.Url,
                Icon = g.First().Icon,
                Position = g.Min(i => i.Position),
                Permission = g.First().Permission,
                Children = Merge(g.SelectMany(i => i.Children)),
            })
            .OrderBy(i => i.Position)
            .ToList();

    private async Task<IReadOnlyList<NavigationItem>> AllowedAsync(List<NavigationItem> items, ClaimsPrincipal user)
    {
        var allowed = new List<NavigationItem>();
        foreach (var item in items)
        {
            if (item.Permission is not null && !await _authorization.HasPermissionAsync(user, item.Permission))
            {
                continue;
            }

            var children = await AllowedAsync(item.Children, user);
            if (item.Url is null && children.Count == 0)
            {
                continue;
            }

            allowed.Add(new NavigationItem
            {
                Text = item.Text,
                Url = item.Url,
                Icon = item.Icon,
                Position = item.Position,
                Permission = item.Permission,
                Children = children.ToList(),
            });
        }

        return allowed;
    }
}
