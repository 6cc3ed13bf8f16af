using System.Net;
using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Admin;

public sealed class DashboardTests : IClassFixture<AdminTestSite>
{
    private readonly AdminTestSite _site;

    public DashboardTests(AdminTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task DashboardShowsTheSiteTheMenuAndHonestFeatureCounts()
    {
        await _site.SaveSettingsAsync(settings => settings.SiteName = "Muster GmbH");
        using var client = await _site.SignInAsAsync("anna.admin@example.com", BuiltInRoles.Administrator);

        var html = await client.GetPageAsync("/admin");

        Assert.Contains("Welcome to the administration of Muster GmbH.", html, StringComparison.Ordinal);
        Assert.Contains("anna.admin@example.com", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/settings\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
        var catalog = _site.Services.GetRequiredService<ModuleCatalog>();
        var enabled = catalog.Features.Count(f => _site.Services.GetRequiredService<IFeatureGate>().IsEnabled(f.Id));
        Assert.Contains($"{enabled} of {catalog.Features.Count} features are enabled.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedEmailsAreFlaggedToThoseWhoManageEmail()
    {
        await AddFailedMessageAsync();
        using var admin = await _site.SignInAsAsync("fred.admin@example.com", BuiltInRoles.Administrator);
        using var agent = await _site.SignInAsAsync("gina.agent@example.com", BuiltInRoles.Agent);

        var adminPage = await admin.GetPageAsync("/admin");
        var agentPage = await agent.GetPageAsync("/admin");

        Assert.Contains("1 e-mails could not be sent.", adminPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/email/outbox?state=Failed\"", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be sent", agentPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiteIsToldWhatItsSettingsStillLack()
    {
        await _site.SaveSettingsAsync(settings =>
        {
            settings.BaseUrl = null;
            settings.SupportPhone = null;
            settings.SupportEmail = null;
        });
        using var admin = await _site.SignInAsAsync("hanna.admin@example.com", BuiltInRoles.Administrator);

        var before = WebUtility.HtmlDecode(await admin.GetPageAsync("/admin"));
        await _site.SaveSettingsAsync(settings =>
        {
            settings.BaseUrl = "https://support.muster.example";
            settings.SupportPhone = "089 2196677-20";
        });
        var after = WebUtility.HtmlDecode(await admin.GetPageAsync("/admin"));

        Assert.Contains("The site's address is not set", before, StringComparison.Ordinal);
        Assert.Contains("No support phone or e-mail address is set", before, StringComparison.Ordinal);
        Assert.DoesNotContain("The site's address is not set", after, StringComparison.Ordinal);
        Assert.DoesNotContain("No support phone or e-mail address is set", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffWithoutManageSettingsDoNotSeeTheSettingsLink()
    {
        using var client = await _site.SignInAsAsync("alex.agent@example.com", BuiltInRoles.Agent);

        var html = await client.GetPageAsync("/admin");

        Assert.DoesNotContain("/admin/settings", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Configuration", html, StringComparison.Ordinal);
    }

    // As the dispatcher leaves a message after its last attempt.
    private async Task AddFailedMessageAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        db.Add(new OutboxMessage
        {
            MessageId = "failed." + Guid.NewGuid().ToString("N") + "@test",
            State = OutboxState.Failed,
            ToAddresses = "kunde@example.com",
            Subject = "Nicht zustellbar",
            TextBody = "Text",
            Attempts = 6,
            LastError = "550 mailbox unavailable",
            CreatedUtc = DateTime.UtcNow,
            NextAttemptUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
