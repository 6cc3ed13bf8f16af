using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Records;
using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests;

public sealed class ContentManagerTests : IClassFixture<ContentTestSite>
{
    private readonly ContentTestSite _site;

    public ContentManagerTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task IndexRowsFollowCreateUpdateAndRemove()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var note = await contents.NewAsync("Note");
        note.DisplayText = "First words";

        await contents.CreateAsync(note, VersionOptions.Published);
        var created = await IndexRowsAsync(note.ContentItemId);
        note.DisplayText = "Second words";
        await contents.UpdateAsync(note);
        var updated = await IndexRowsAsync(note.ContentItemId);
        await contents.RemoveAsync(note);
        var removed = await IndexRowsAsync(note.ContentItemId);

        var row = Assert.Single(created);
        Assert.Equal(("Note", "First words", true, true), (row.ContentType, row.DisplayText, row.Published, row.Latest));
        Assert.Equal("Second words", Assert.Single(updated).DisplayText);
        Assert.Empty(removed);
        Assert.Null(await contents.GetAsync(note.ContentItemId));
    }

    [Fact]
    public async Task AFailureAfterWritingRollsBackTheItemAndItsIndexRows()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var note = await contents.NewAsync("Note");
        note.DisplayText = FailingHandler.FailMarker;

        await Assert.ThrowsAsync<InvalidOperationException>(() => contents.CreateAsync(note, VersionOptions.Published));

        Assert.Empty(await IndexRowsAsync(note.ContentItemId));
        Assert.Null(await contents.GetAsync(note.ContentItemId));
    }

    [Fact]
    public async Task AFailedUpdateLeavesTheStoredItemAndIndexAsTheyWere()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var note = await contents.NewAsync("Note");
        note.DisplayText = "Kept";
        await contents.CreateAsync(note, VersionOptions.Published);

        note.DisplayText = FailingHandler.FailMarker;
        await Assert.ThrowsAsync<InvalidOperationException>(() => contents.UpdateAsync(note));

        Assert.Equal("Kept", Assert.Single(await IndexRowsAsync(note.ContentItemId)).DisplayText);
        Assert.Equal("Kept", (await contents.GetAsync(note.ContentItemId))!.DisplayText);
    }

    [Fact]
    public async Task AVersionableTypeKeepsThePublishedVersionWhileADraftIsEdited()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var article = await contents.NewAsync("Article");
        article.DisplayText = "Version one";
        article.SetField("Article", "Body", new TextField { Text = "One" });
        await contents.CreateAsync(article, VersionOptions.Published);
        var firstVersion = article.ContentItemVersionId;

        article.DisplayText = "Version two";
        article.SetField("Article", "Body", new TextField { Text = "Two" });
        await contents.UpdateAsync(article);
        var published = await contents.GetAsync(article.ContentItemId, VersionOptions.Published);
        var latest = await contents.GetAsync(article.ContentItemId, VersionOptions.Latest);
        var indexWhileDraft = await IndexRowsAsync(article.ContentItemId);

        await contents.PublishAsync(article);
        var indexAfterPublish = await IndexRowsAsync(article.ContentItemId);

        Assert.NotEqual(firstVersion, article.ContentItemVersionId);
        Assert.Equal("One", published!.GetField<TextField>("Article", "Body")!.Text);
        Assert.Equal("Two", latest!.GetField<TextField>("Article", "Body")!.Text);
        Assert.False(latest.Published);
        Assert.Equal(2, indexWhileDraft.Count);
        Assert.Equal(2, (await contents.GetVersionsAsync(article.ContentItemId)).Count);
        var row = Assert.Single(indexAfterPublish);
        Assert.Equal((article.ContentItemVersionId, true, true), (row.ContentItemVersionId, row.Published, row.Latest));
        Assert.Equal("Version two", (await contents.GetAsync(article.ContentItemId, VersionOptions.Published))!.DisplayText);
    }

    [Fact]
    public async Task UnpublishAndPublishChangeTheFlagsOfTheItemAndItsIndex()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var note = await contents.NewAsync("Note");
        await contents.CreateAsync(note, VersionOptions.Draft);
        var draft = Assert.Single(await IndexRowsAsync(note.ContentItemId));

        await contents.PublishAsync(note);
        var published = Assert.Single(await IndexRowsAsync(note.ContentItemId));
        await contents.UnpublishAsync(note);
        var unpublished = Assert.Single(await IndexRowsAsync(note.ContentItemId));

        Assert.False(draft.Published);
        Assert.True(published.Published);
        Assert.NotNull(published.PublishedUtc);
        Assert.False(unpublished.Published);
        Assert.Null(await contents.GetAsync(note.ContentItemId, VersionOptions.Published));
    }

    [Fact]
    public async Task NewItemsGetTheFieldsDefaultValues()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();

        var request = await contents.NewAsync("Request");

        Assert.Equal(["normal"], request.GetField<ChoiceField>("Request", "Priority")!.Values);
        Assert.Null(request.GetField<TextField>("Request", "Keyword"));
    }

    [Fact]
    public async Task ContentIsStoredAsJsonKeyedByPartThenField()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var request = await contents.NewAsync("Request");
        request.SetField("Request", "Keyword", new TextField { Text = "Printer jams" });

        await contents.CreateAsync(request, VersionOptions.Published);

        await using var reading = _site.CreateScope();
        var record = await reading.ServiceProvider.GetRequiredService<HelpdeskDbContext>()
            .Set<ContentItemRecord>().SingleAsync(r => r.ContentItemId == request.ContentItemId);
        Assert.StartsWith("{\"Request\":{", record.Content, StringComparison.Ordinal);
        Assert.Contains("\"Keyword\":{\"Text\":\"Printer jams\"}", record.Content, StringComparison.Ordinal);
    }

    private async Task<List<ContentItemIndex>> IndexRowsAsync(string contentItemId)
    {
        await using var scope = _site.CreateScope();

        return await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>()
            .Set<ContentItemIndex>()
            .Where(i => i.ContentItemId == contentItemId)
            .OrderBy(i => i.Id)
            .ToListAsync();
    }
}
