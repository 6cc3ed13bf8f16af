using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Content.Tests.Taxonomies;

/// <summary>
/// The whole site in the test process on a fresh SQLite file, set up unattended with the product's
/// setup recipe (<c>helpdesk.recipe.json</c>), which enables Taxonomies and seeds the products.
/// </summary>
public sealed partial class TaxonomyAdminSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Helpdesk-Test-Passw0rd!";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-taxonomy-site", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        StartServer();

        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>A client signed in as the administrator; it keeps cookies and does not follow redirects.</summary>
    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await PostFormAsync(client, "/login", [new("Email", AdminEmail), new("Password", AdminPassword)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Opens the page, then posts the fields with its antiforgery token to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client,
        string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenInput().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        }

        var values = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups["value"].Value)));
        using var content = new FormUrlEncodedContent(values);

        return await client.PostAsync(postUrl ?? pageUrl, content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.UseSetting("Helpdesk:DataPath", _root);
        builder.UseSetting("Helpdesk:Setup:SiteName", "Taxonomy test helpdesk");
        builder.UseSetting("Helpdesk:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Helpdesk:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Helpdesk:Setup:Recipe", "helpdesk.recipe.json");
        builder.UseSetting("Helpdesk:Setup:Language", "en");
        builder.UseSetting("Helpdesk:Setup:TimeZone", "Europe/Berlin");
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();
}
