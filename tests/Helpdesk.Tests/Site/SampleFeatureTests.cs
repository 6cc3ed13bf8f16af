using System.Net;
using Helpdesk.Data;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Tests.SampleModule;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Site;

/// <summary>A feature switched at run time, without a restart: its pages come and go, its data stays.</summary>
public sealed class SampleFeatureTests
{
    private const string Note = "Drucker im 2. Stock klemmt";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EnabledFeatureServesItsPageAndDisabledFeatureAnswers404ButKeepsItsNotes(DatabaseProvider provider)
    {
        await using var site = await HelpdeskSiteFactory.StartAsync(provider);
        using var client = site.CreateClient(followRedirects: false);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/sample-notes"));

        await SwitchAsync(site, m => m.EnableAsync([SampleFeatures.Notes]));
        using var added = await client.PostAsync("/sample-notes", Form(Note));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(Note, await client.GetStringAsync("/sample-notes"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/sample-notes/pinned"));

        await SwitchAsync(site, m => m.DisableAsync([SampleFeatures.Notes]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, "/sample-notes"));
        using var refused = await client.PostAsync("/sample-notes", Form("added while disabled"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal([Note], await StoredNotesAsync(site));

        await SwitchAsync(site, m => m.EnableAsync([SampleFeatures.Notes]));
        Assert.Contains(Note, await client.GetStringAsync("/sample-notes"), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string text) => new([new KeyValuePair<string, string>("text", text)]);

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);

        return response.StatusCode;
    }

    private static async Task SwitchAsync(HelpdeskSiteFactory site, Func<IFeatureManager, Task> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<IFeatureManager>());
    }

    private static async Task<List<string>> StoredNotesAsync(HelpdeskSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Set<SampleNote>().Select(n => n.Text).ToListAsync();
    }
}
