using System.Net;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Admin;

namespace Helpdesk.Tests.Site;

public sealed class ModelBindingMessagesTests : IClassFixture<AdminTestSite>
{
    private const string SettingsUrl = "/admin/email/settings";

    private readonly AdminTestSite _site;

    public ModelBindingMessagesTests(AdminTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task ValueThatCannotBeReadIsExplainedInThePagesLanguage()
    {
        using var client = await _site.SignInAsAsync("bea.binding@example.com", BuiltInRoles.Administrator);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        var token = FormRequests.AntiforgeryToken(await client.GetPageAsync(SettingsUrl));

        using var answer = await client.PostAsync(
            new Uri(SettingsUrl, UriKind.Relative),
            new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token),
                new("Method", "Smtp"),
                new("SmtpHost", "mail.example.com"),
                new("SmtpPort", "fünf"),
                new("SmtpTlsMode", "StartTls"),
            ]));
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Der Wert „fünf“ ist ungültig.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.Contains("value=\"mail.example.com\"", html, StringComparison.Ordinal);
    }
}
