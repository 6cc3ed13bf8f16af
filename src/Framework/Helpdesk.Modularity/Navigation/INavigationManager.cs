using System.Security.Claims;

namespace Helpdesk.Modularity.Navigation;

public interface INavigationManager
{
    /// <summary>The menu as this user may see it: enabled features only, permissions checked.</summary>
    Task<IReadOnlyList<NavigationItem>> BuildMenuAsync(string menuName, ClaimsPrincipal user);
}
