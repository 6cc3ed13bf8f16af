using Helpdesk.Modularity.Navigation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Recipes;

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
                Text = S["Recipes"],
                Url = pathBase.Add("/admin/recipes").Value,
                Icon = "journal-code",
                Position = 20,
                Permission = Permissions.ManageRecipes,
            }));

        return ValueTask.CompletedTask;
    }
}
