using Helpdesk.Customers.Data;
using Helpdesk.Customers.Import;
using Helpdesk.Customers.Recipes;
using Helpdesk.Customers.Services;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Customers;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, CustomersModelContributor>();
        services.AddSingleton<IPermissionProvider, Permissions>();

        services.AddScoped<OrganisationService>();
        services.AddScoped<CustomerService>();
        services.AddScoped<IOrganisationAccess, OrganisationAccess>();
        services.AddScoped<CustomerCsvReader>();
        services.AddScoped<CustomerImportService>();

        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, OrganisationsStep>();
    }
}
