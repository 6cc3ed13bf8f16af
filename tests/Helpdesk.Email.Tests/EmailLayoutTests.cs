using System.Globalization;
using Helpdesk.Email.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Email.Tests;

public sealed class EmailLayoutTests
{
    private static readonly EmailContent Content = new()
    {
        Heading = "Ihre Anfrage 1042 ist eingegangen",
        TextBody = "Wir haben Ihre Anfrage erhalten.\n\nStichwort: Drucker <HP> & Scanner",
        ActionUrl = "https://helpdesk.muster.example/tickets/1042",
        ActionText = "Anfrage öffnen",
    };

    [Fact]
    public async Task LayoutShowsLogoSiteNameSupportPhoneAndTheNoReplyLineInGerman()
    {
        await using var site = await EmailTestSite.StartAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<IEmailTemplateRenderer>();
        var before = CultureInfo.CurrentUICulture;

        var email = await renderer.RenderAsync(Content, CultureInfo.GetCultureInfo("de"));

        Assert.Equal(before, CultureInfo.CurrentUICulture);
        Assert.Contains("<html lang=\"de\">", email.Html);
        Assert.Contains("src=\"https://helpdesk.muster.example/site/logo\"", email.Html);
        Assert.Contains("alt=\"Muster Service GmbH\"", email.Html);
        Assert.Contains("href=\"https://helpdesk.muster.example/tickets/1042\"", email.Html);
        Assert.Contains("Stichwort: Drucker &lt;HP&gt; &amp; Scanner", email.Html);
        Assert.Contains("Bitte antworten Sie nicht auf diese E-Mail, sondern nutzen Sie den Link oben, um im Portal zu antworten.", email.Html);
        Assert.Contains("Bei Fragen stehen wir Ihnen unter 089 2196677-20 gerne zur Verfügung.", email.Html);

        Assert.StartsWith("Muster Service GmbH", email.Text);
        Assert.Contains("Stichwort: Drucker <HP> & Scanner", email.Text);
        Assert.Contains("Anfrage öffnen: https://helpdesk.muster.example/tickets/1042", email.Text);
        Assert.Contains("Bitte antworten Sie nicht auf diese E-Mail, sondern nutzen Sie den Link oben, um im Portal zu antworten.", email.Text);
        Assert.Contains("Bei Fragen stehen wir Ihnen unter 089 2196677-20 gerne zur Verfügung.", email.Text);
        Assert.DoesNotContain("&", email.Text.Replace("Drucker <HP> & Scanner", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayoutSpeaksTheRecipientsLanguage()
    {
        await using var site = await EmailTestSite.StartAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<IEmailTemplateRenderer>();

        var email = await renderer.RenderAsync(Content, CultureInfo.GetCultureInfo("en"));

        Assert.Contains("<html lang=\"en\">", email.Html);
        Assert.Contains("Please do not reply to this e-mail. Use the link above to answer in the portal.", email.Html);
        Assert.Contains("Questions? Call us at 089 2196677-20.", email.Text);
    }
}
