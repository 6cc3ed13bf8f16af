using System.Net;
using System.Text;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Site;

public sealed class RecipesPageTests : IClassFixture<HelpdeskSiteFactory>
{
    private const string RecipesUrl = "/admin/recipes";
    private const string FileName = "bad-step.recipe.json";

    // Steps 1 and 2 are fine and would change the site; step 3 names a feature no module has.
    private const string Recipe = """
        {
          "steps": [
            { "name": "feature", "enable": [ "Helpdesk.Tests.Sample" ] },
            { "name": "settings", "siteName": "Renamed by a recipe" },
            { "name": "feature", "enable": [ "Helpdesk.Tests.NoSuchFeature" ] }
          ]
        }
        """;

    private readonly HelpdeskSiteFactory _site;

    public RecipesPageTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Fact]
    public async Task UploadedRecipeWithABadStepChangesNothingAndTheErrorNamesFileStepAndReason()
    {
        using var client = await _site.CreateSignedInClientAsync(TestSite.AdminEmail, TestSite.AdminPassword);
        var token = await _site.GetAntiforgeryTokenAsync(client, RecipesUrl);

        using var response = await client.PostAsync($"{RecipesUrl}/upload", UploadForm(token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(RecipesUrl));
        Assert.Contains($"The recipe {FileName} could not be executed. Nothing was changed.", page, StringComparison.Ordinal);
        Assert.Contains(
            $"{FileName}: step 3 (feature): No module provides the feature \"Helpdesk.Tests.NoSuchFeature\".",
            page,
            StringComparison.Ordinal);
        Assert.Equal(TestSite.SiteName, (await SettingsAsync()).SiteName);
        Assert.False(_site.Services.GetRequiredService<IFeatureGate>().IsEnabled(SampleFeatures.Notes));
        using var samplePage = await client.GetAsync("/sample-notes");
        Assert.Equal(HttpStatusCode.NotFound, samplePage.StatusCode);
    }

    private static MultipartFormDataContent UploadForm(string token)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Recipe));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        return new MultipartFormDataContent
        {
            { new StringContent(token), SiteForms.TokenFieldName },
            { file, "RecipeFile", FileName },
        };
    }

    private async Task<SiteSettings> SettingsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSettingsAsync();
    }
}
