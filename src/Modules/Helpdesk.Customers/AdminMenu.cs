using Helpdesk.Modularity.Navigation;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Customers;

/// <summary>Adds "Customers" and "Organisations" to the admin menu.</summary>
public sealed class AdminMenu : AdminMenuProvider
{
    public const string CustomersUrl = "/admin/customers";
    public const string OrganisationsUrl = "/admin/organisations";

    public AdminMenu(IStringLocalizer<AdminMenu> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    protected override void Build(IList<NavigationItem> items)
    {
        items.Add(new NavigationItem
        {
            Text = S["Customers"],
            Url = CustomersUrl,
            Icon = "people",
            Position = 200,
            Permission = Permissions.ManageCustomers,
        });
        items.Add(new NavigationItem
        {
            Text = S["Organisations"],
            Url = OrganisationsUrl,
            Icon = "building",
            Position = 210,
            Permission = Permissions.ManageCustomers,
        });
    }
}
