using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests;

/// <summary>
/// An admin's change to a request type reaches the next request at once, without a restart,
/// while a request already running keeps the snapshot it started with.
/// </summary>
public sealed class DefinitionChangeTests : IClassFixture<ContentTestSite>
{
    private readonly ContentTestSite _site;

    public DefinitionChangeTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task AnAddedFieldIsSeenByTheNextScopeAtOnce()
    {
        await using var running = _site.CreateScope();
        var runningDefinitions = running.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var before = await runningDefinitions.GetTypeAsync("Article");

        await using (var admin = _site.CreateScope())
        {
            var definitions = admin.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
            var article = (await definitions.GetPartAsync("Article"))!;
            var summary = new ContentFieldDefinition("Summary", "TextField")
            {
                Settings = ContentSettings.Empty.With(new ContentFieldSettings { DisplayName = "Summary", Position = 2 })
                    .With(new TextFieldSettings()),
            };
            await definitions.SavePartAsync(article with { Fields = [.. article.Fields, summary] });
        }

        await using var next = _site.CreateScope();
        var after = await next.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Article");
        Assert.Equal(["Article.Body"], before!.Fields.Select(f => f.InputPrefix));
        Assert.Equal(["Article.Body", "Article.Summary"], after!.Fields.Select(f => f.InputPrefix));
        Assert.Same(before, await runningDefinitions.GetTypeAsync("Article"));
    }
}
