using System.Text.Json;
using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Email.Tests;

public sealed class EmailSettingsStepTests
{
    [Fact]
    public async Task StepSetsSmtpDeliveryAndEncryptsThePasswordFromTheRecipe()
    {
        await using var site = await EmailTestSite.StartAsync();
        var context = Step("""
            {
              "name": "emailSettings", "method": "Smtp", "fromAddress": "support@muster.example",
              "fromName": "Muster Support", "smtpHost": "mail.muster.example", "smtpPort": 465,
              "smtpTlsMode": "SslOnConnect", "smtpUserName": "support", "smtpPassword": "Recipe-Secret-7"
            }
            """);

        await using var scope = site.Services.CreateAsyncScope();
        var step = StepHandler(scope.ServiceProvider);
        await step.ValidateAsync(context, CancellationToken.None);
        await step.ExecuteAsync(context, CancellationToken.None);
        var settings = await scope.ServiceProvider.GetRequiredService<IEmailSettingsService>().GetAsync();
        var stored = await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>().Documents.AsNoTracking()
            .Where(d => d.Id == nameof(EmailSettings)).Select(d => d.Content).SingleAsync();

        Assert.Empty(context.Errors);
        Assert.Equal(EmailDeliveryMethod.Smtp, settings.Method);
        Assert.Equal(("support@muster.example", "Muster Support"), (settings.FromAddress, settings.FromName));
        Assert.Equal(("mail.muster.example", 465, SmtpTlsMode.SslOnConnect), (settings.SmtpHost, settings.SmtpPort, settings.SmtpTlsMode));
        Assert.Equal("support", settings.SmtpUserName);
        Assert.NotNull(settings.SmtpPasswordProtected);
        Assert.DoesNotContain("Recipe-Secret-7", stored);
    }

    [Fact]
    public async Task StepReportsEveryBadValueAndChangesNothing()
    {
        await using var site = await EmailTestSite.StartAsync();
        var context = Step("""
            {
              "name": "emailSettings", "method": "Fax", "fromAddress": "kein-at-zeichen",
              "smtpPort": 70000, "smtpTlsMode": 2, "smtpHots": "mail.example.com", "pickupFolder": 12
            }
            """);

        await using var scope = site.Services.CreateAsyncScope();
        await StepHandler(scope.ServiceProvider).ValidateAsync(context, CancellationToken.None);
        var settings = await scope.ServiceProvider.GetRequiredService<IEmailSettingsService>().GetAsync();

        Assert.Equal(
            [
                "'method' must be one of PickupFolder, Smtp.",
                "'fromAddress' must be an e-mail address such as support@example.com; 'kein-at-zeichen' is not.",
                "'smtpPort' must be a whole number from 1 to 65535.",
                "'smtpTlsMode' must be one of Auto, None, StartTls, SslOnConnect.",
                "Unknown property 'smtpHots'; expected one of method, fromAddress, fromName, smtpHost, smtpPort, smtpTlsMode, smtpUserName, smtpPassword, pickupFolder.",
                "'pickupFolder' must be null or one line of text of at most 500 characters.",
            ],
            context.Errors);
        Assert.Equal(EmailDeliveryMethod.PickupFolder, settings.Method);
        Assert.Equal(0, settings.Version);
    }

    [Fact]
    public async Task SmtpWithoutAHostIsRefused()
    {
        await using var site = await EmailTestSite.StartAsync();
        var context = Step("""{ "name": "emailSettings", "method": "smtp" }""");

        await using var scope = site.Services.CreateAsyncScope();
        await StepHandler(scope.ServiceProvider).ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["'method' is 'Smtp' but no 'smtpHost' is given."], context.Errors);
    }

    private static IRecipeStepHandler StepHandler(IServiceProvider services) =>
        services.GetRequiredService<IFeatureGate>()
            .Active(services.GetServices<IRecipeStepHandler>())
            .Single(h => h.StepName == "emailSettings");

    private static RecipeStepContext Step(string json) =>
        new("email.recipe.json", 1, JsonDocument.Parse(json).RootElement.Clone());
}
