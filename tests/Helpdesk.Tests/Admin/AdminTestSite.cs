using Helpdesk.Infrastructure.Settings;
using Helpdesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Admin;

/// <summary>
/// A site set up unattended (see <see cref="HelpdeskSiteFactory"/>) whose clients ask for English
/// and sign in through the login page as real users in the site's roles.
/// </summary>
public sealed class AdminTestSite : HelpdeskSiteFactory
{
    /// <summary>Where the site stores uploaded logos.</summary>
    public string LogoFolder => Path.Combine(Database.DataPath, "App_Data", "site");

    /// <summary>
    /// A visitor who is not signed in: keeps cookies, does not follow redirects and asks for
    /// English (change <c>DefaultRequestHeaders.AcceptLanguage</c> for another language).
    /// </summary>
    public HttpClient CreateVisitor()
    {
        var client = CreateClient(followRedirects: false);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        return client;
    }

    /// <summary>
    /// A client like <see cref="CreateVisitor"/>, signed in on the login page as
    /// <paramref name="email"/>; the user is created in <paramref name="role"/> the first time.
    /// </summary>
    public async Task<HttpClient> SignInAsAsync(string email, string role)
    {
        if (await FindUserAsync(email) is null)
        {
            await CreateUserAsync(email, role);
        }

        var client = CreateVisitor();
        using var signedIn = await SignInAsync(client, email, TestSite.UserPassword);

        return client;
    }

    /// <summary>Changes the site settings as an administrator would, outside any request.</summary>
    public async Task<SiteSettings> SaveSettingsAsync(Action<SiteSettings> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var site = scope.ServiceProvider.GetRequiredService<ISiteService>();
        var settings = await site.GetSettingsAsync();
        change(settings);
        await site.SaveSettingsAsync(settings);

        return settings;
    }

    public async Task<SiteSettings?> FindSettingsAsync()
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ISiteService>().FindSettingsAsync();
    }
}
