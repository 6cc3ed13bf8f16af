using Helpdesk.Data;
using Helpdesk.Email.Data;
using Helpdesk.Email.Delivery;
using Helpdesk.Email.Outbox;
using Helpdesk.Email.Recipes;
using Helpdesk.Email.Rendering;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Email;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .Bind(Configuration.GetSection(EmailOptions.SectionName))
            .Validate(o => o.ClaimLease > 2 * o.SendTimeout, "Helpdesk:Email:ClaimLease must be more than twice the SendTimeout.")
            .Validate(o => o.BatchSize > 0 && o.PollInterval > TimeSpan.Zero, "Helpdesk:Email:BatchSize and PollInterval must be positive.");

        services.AddSingleton<IModelContributor, EmailModelContributor>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SmtpPasswordProtector>();
        services.AddSingleton<EmailMessageValidator>();
        services.AddSingleton<PickupFolderEmailDelivery>();
        services.AddSingleton<IEmailDelivery>(provider => provider.GetRequiredService<PickupFolderEmailDelivery>());
        services.AddSingleton<IEmailDelivery, SmtpEmailDelivery>();

        services.AddScoped<IEmailSettingsService, EmailSettingsService>();
        services.AddScoped<IEmailService, EmailService>();
        services.AddScoped<EmailSender>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<IOutboxService, OutboxService>();
        services.AddScoped<IEmailTemplateRenderer, RazorEmailTemplateRenderer>();

        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, EmailSettingsStep>();

        services.AddScoped<IAdminAlertProvider, FailedMailAlert>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<OutboxCleanup>();
    }
}
