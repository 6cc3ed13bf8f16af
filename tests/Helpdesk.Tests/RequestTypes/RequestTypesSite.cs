using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.RequestTypes;

/// <summary>A site set up from the setup recipe, with <see cref="ProductTerms"/> as its product tree.</summary>
public sealed class RequestTypesSite : HelpdeskSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<ITaxonomyTermSource, ProductTerms>());
    }
}
