using Helpdesk.Modularity.Navigation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Features;

public sealed class AdminMenu : INavigationProvider
{
    private readonly IHttpContextAccessor _httpContextAccessor;

    public AdminMenu(IHttpContextAccessor httpContextAccessor, IStringLocalizer<AdminMenu> localizer)
    {
        _httpContextAccessor = httpContextAccessor;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public ValueTask BuildAsync(string menuName, IList<NavigationItem> items)
    {
        if (menuName != MenuNames.Admin)
        {
            return ValueTask.CompletedTask;
        }

        var pathBase = _httpContextAccessor.HttpContext?.Request.PathBase ?? PathString.Empty;
        items.Add(AdminMenuGroups.Configuration(
            S["Configuration"],
            new NavigationItem
            {
                Text = S["Features"],
                Url = pathBase.Add("/admin/features").Value,
                Icon = "puzzle",
                Position = 10,
                Permission = Permissions.ManageFeatures,
            }));

        return ValueTask.CompletedTask;
    }
}
