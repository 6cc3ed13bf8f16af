using System.Net;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests.Admin;

/// <summary>
/// A whole site over HTTP (see <see cref="HelpdeskSiteFactory"/>), set up from the setup recipe,
/// with the Contents feature enabled as an administrator would on the Features page.
/// </summary>
public sealed class ContentAdminSite : HelpdeskSiteFactory, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Helpdesk.Contents"]);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The administrator, signed in, asking for English pages.</summary>
    public async Task<HttpClient> AdministratorAsync()
    {
        var client = await CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        return client;
    }

    /// <summary>
    /// A new administrator without a language of their own, so the browser's language counts,
    /// signed in and asking for German pages.
    /// </summary>
    public async Task<HttpClient> GermanAdministratorAsync(string email)
    {
        await CreateUserAsync(email, BuiltInRoles.Administrator);
        var client = await CreateSignedInClientAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        return client;
    }

    public async Task SaveAsync(ContentPartDefinition part, ContentTypeDefinition type)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().SaveAsync([part], [type]);
    }

    /// <summary>The type as the next request sees it.</summary>
    public async Task<ContentTypeDefinition?> FindTypeAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(name);
    }

    public async Task<ContentItem> CreateItemAsync(string contentType)
    {
        await using var scope = Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(contentType);
        await contents.CreateAsync(item, VersionOptions.Published);

        return item;
    }

    public async Task RemoveItemAsync(string contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await contents.RemoveAsync((await contents.GetAsync(contentItemId))!);
    }

    public async Task<int> CountItemsAsync(string contentType)
    {
        await using var scope = Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().CountItemsAsync(contentType);
    }

    /// <summary>Opens the page at <paramref name="url"/> and posts its form; the answer's page text, HTML-decoded.</summary>
    public static async Task<(HttpStatusCode Status, string? Location, string Html)> PostAsync(
        HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? postUrl = null)
    {
        using var response = await SiteForms.FormAsync(client, url, fields, postUrl);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        return (response.StatusCode, response.Headers.Location?.OriginalString, html);
    }

    public static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{html}");

        return html;
    }
}
