using System.Globalization;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Data.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests;

public sealed class ContentDefinitionTests : IClassFixture<ContentTestSite>
{
    private readonly ContentTestSite _site;

    public ContentDefinitionTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task DefinitionsRoundTripThroughTheDocumentStore()
    {
        await using var scope = _site.CreateScope();
        var document = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<ContentDefinitionDocument>();

        var definitions = new ContentDefinitions(document.Version, document.Types, document.Parts);
        var request = definitions.FindType("Request")!;
        var serial = request.FindField("SerialNumber")!;

        Assert.True(document.Version > 0);
        Assert.Equal("Ticket", request.TypeSettings.Stereotype);
        Assert.True(request.TypeSettings.Creatable);
        Assert.Equal(14, request.Fields.Count);
        Assert.Equal(["Keyword", "Description", "Priority", "Product"], request.Fields.Take(4).Select(f => f.FieldName));
        Assert.Equal("Request.SerialNumber", serial.InputPrefix);
        Assert.Equal(FieldConditionOperator.UnderTerm, serial.Settings.Condition!.Operator);
        Assert.Equal(["hardware"], serial.Settings.Condition.Values);
        Assert.Equal(@"[A-Z]{2}-\d{4}", serial.Definition.Settings.Get<TextFieldSettings>().Pattern);
        Assert.Equal(3, request.FindField("Priority")!.Definition.Settings.Get<ChoiceFieldSettings>().Options.Count);
        Assert.False(request.FindField("Assignee")!.Settings.VisibleToCustomers);
    }

    [Fact]
    public async Task SnapshotIsSharedAndASavedChangeIsSeenByTheNextScopeAtOnce()
    {
        ContentDefinitions before;
        await using (var scope = _site.CreateScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDefinitionsAsync();
        }

        await using (var scope = _site.CreateScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
            Assert.Same(before, await definitions.GetDefinitionsAsync());

            var note = (await definitions.GetTypeAsync("Note"))!;
            await definitions.SaveTypeAsync(note with { Description = "Changed " + Guid.NewGuid() });
        }

        await using (var scope = _site.CreateScope())
        {
            var after = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDefinitionsAsync();

            Assert.NotSame(before, after);
            Assert.StartsWith("Changed ", after.FindType("Note")!.Description, StringComparison.Ordinal);
            Assert.Same(after.FindPart("Request"), after.FindType("Request")!.Parts[0].PartDefinition);
        }
    }

    [Fact]
    public async Task DeletingATypeThatItemsUseIsRefusedWithAClearMessage()
    {
        await using var scope = _site.CreateScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await definitions.SaveTypeAsync(new ContentTypeDefinition("Memo", "Memo") { Parts = [new("Memo")] });
        var memo = await contents.NewAsync("Memo");
        await contents.CreateAsync(memo, VersionOptions.Published);

        var refused = await Assert.ThrowsAsync<ContentDefinitionException>(() => definitions.DeleteTypeAsync("Memo"));
        await contents.RemoveAsync(memo);
        await definitions.DeleteTypeAsync("Memo");

        Assert.Equal("The content type Memo cannot be deleted: 1 content items use it. Delete them first.", refused.Message);
        Assert.Null(await definitions.GetTypeAsync("Memo"));
    }

    [Fact]
    public async Task DeleteRefusalIsInGermanForGermanUsers()
    {
        await using var scope = _site.CreateScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await contents.CreateAsync(await contents.NewAsync("Note"), VersionOptions.Published);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        try
        {
            var refused = await Assert.ThrowsAsync<ContentDefinitionException>(() => definitions.DeleteTypeAsync("Note"));

            Assert.StartsWith("Der Inhaltstyp Note kann nicht gelöscht werden:", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task NamesThatCannotBeInputNamesAreRefused()
    {
        await using var scope = _site.CreateScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();

        await Assert.ThrowsAsync<ContentDefinitionException>(() =>
            definitions.SavePartAsync(new ContentPartDefinition("Bad") { Fields = [new("Serial number", "TextField")] }));
        await Assert.ThrowsAsync<ContentDefinitionException>(() =>
            definitions.SaveTypeAsync(new ContentTypeDefinition("Bad.Type", "Bad")));
    }

    [Fact]
    public async Task PartsATypeNamesWithoutDefinitionGetAnEmptyOne()
    {
        await using var scope = _site.CreateScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();

        await definitions.SaveTypeAsync(new ContentTypeDefinition("Incident", "Incident") { Parts = [new("Incident", "CodePart")] });

        var incident = (await definitions.GetTypeAsync("Incident"))!;
        Assert.Equal("CodePart", incident.Parts[0].PartDefinition!.Name);
        Assert.Empty(incident.Fields);
    }
}
