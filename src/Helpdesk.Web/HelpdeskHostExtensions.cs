using Helpdesk.Data;
using Helpdesk.Infrastructure;
using Helpdesk.Infrastructure.Hosting;
using Helpdesk.Modularity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;

namespace Helpdesk.Web;

/// <summary>How the host composes the framework, the modules and the themes.</summary>
public static class HelpdeskHostExtensions
{
    public static WebApplicationBuilder AddHelpdesk(this WebApplicationBuilder builder)
    {
        var catalog = ModuleCatalog.Discover();
        var services = builder.Services;

        services.AddHelpdeskData();
        services.AddHelpdeskInfrastructure(catalog, typeof(HelpdeskHostExtensions).Assembly);
        services.AddModules(builder.Configuration, catalog);

        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddModuleParts(catalog)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();

        services.AddAuthorization();
        services.AddHealthChecks();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

        return builder;
    }

    public static async Task InitializeHelpdeskAsync(this WebApplication app)
    {
        await app.Services.InitializeDatabaseAsync(app.Lifetime.ApplicationStopping);
        await app.Services.RunStartupTasksAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseHelpdesk(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Helpdesk:HttpsRedirection", false))
        {
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.MapStaticAssets();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.UseModules();
        app.MapControllers();

        return app;
    }
}
