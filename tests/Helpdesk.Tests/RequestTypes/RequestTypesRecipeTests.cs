using System.Globalization;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Helpdesk.Tests.RequestTypes;

/// <summary>The five request types the setup recipe seeds, as customers and staff meet them.</summary>
public sealed class RequestTypesRecipeTests : IClassFixture<HelpdeskSiteFactory>
{
    private static readonly CultureInfo German = new("de-DE");
    private static readonly CultureInfo English = new("en");

    private readonly HelpdeskSiteFactory _site;

    public RequestTypesRecipeTests(HelpdeskSiteFactory site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("ReportProblem", "Report a problem", "Problem melden",
        "Request.Keyword ReportProblem.Request ReportProblem.StepsToReproduce RequestProduct.Product ReportProblem.Priority")]
    [InlineData("ServiceOrder", "Book a service order", "Serviceauftrag buchen",
        "Request.Keyword ServiceOrder.Description ServiceOrder.DesiredDate ServiceOrder.OnSite RequestProduct.Product")]
    [InlineData("Question", "Ask a question", "Frage stellen",
        "Request.Keyword Question.Question RequestProduct.Product")]
    [InlineData("Improvement", "Suggest an improvement", "Verbesserungsvorschlag machen",
        "Request.Keyword Improvement.Suggestion Improvement.Benefit RequestProduct.Product")]
    [InlineData("Complaint", "File a complaint", "Reklamation anlegen",
        "Request.Keyword Complaint.Complaint Complaint.Reference Complaint.DesiredResolution")]
    public async Task SetupRecipeSeedsEachRequestTypeAsATicketWithItsFields(
        string name,
        string english,
        string german,
        string fields)
    {
        var type = await GetTypeAsync(name);

        Assert.Equal(english, type.DisplayNameFor(English));
        Assert.Equal(german, type.DisplayNameFor(German));
        Assert.Equal("Ticket", type.TypeSettings.Stereotype);
        Assert.True(type.TypeSettings.Creatable);
        Assert.Equal(fields.Split(' '), type.Fields.Select(f => f.InputPrefix));
        Assert.All(type.Fields, f => Assert.NotEqual(f.Definition.DisplayNameFor(English), f.Definition.DisplayNameFor(German)));
    }

    [Fact]
    public async Task SharedFieldsAreDefinedOnceForEveryRequestType()
    {
        var type = await GetTypeAsync("ReportProblem");

        var keyword = type.FindField("Request.Keyword")!;
        var keywordText = keyword.Definition.Settings.Get<TextFieldSettings>();
        var product = type.FindField("RequestProduct.Product")!.Definition.Settings.Get<TaxonomyFieldSettings>();

        Assert.True(keyword.Settings.Required);
        Assert.Equal((TextEditor.SingleLine, 100), (keywordText.Editor, keywordText.MaxLength));
        Assert.Equal(("products", false, false), (product.TaxonomyId, product.LeavesOnly, product.Multiple));
        Assert.False(type.FindField("RequestProduct.Product")!.Settings.Required);
    }

    [Fact]
    public async Task TheProblemFormIsLabelledInTheUserLanguageWithNormalPriorityPreselected()
    {
        var german = await BuildNewEditorAsync("ReportProblem", German);
        var english = await BuildNewEditorAsync("ReportProblem", English);

        Assert.Equal(
            ["Stichwort", "Anfrage", "Schritte zum Reproduzieren", "Produkt", "Priorität"],
            Editors(german).Select(e => e.DisplayName));
        Assert.Equal(
            ["Keyword", "Request", "Steps to reproduce", "Product", "Priority"],
            Editors(english).Select(e => e.DisplayName));
        var priority = Editors(german).OfType<PickerFieldEditViewModel>().Single();
        Assert.Equal(["Niedrig", "Normal", "Hoch", "Kritisch"], priority.Options.Select(o => o.Label));
        Assert.Equal("normal", priority.Options.Single(o => o.Selected).Value);
    }

    [Fact]
    public async Task ANewProblemReportRefusesAnEmptyKeyword()
    {
        var form = CompleteProblemReport();
        form["Request.Keyword.Text"] = "  ";

        var (valid, _, updater) = await UpdateNewAsync("ReportProblem", form, German);

        Assert.False(valid);
        Assert.Equal(["Stichwort ist ein Pflichtfeld."], updater.ErrorsFor("Request.Keyword.Text"));
    }

    [Fact]
    public async Task ANewProblemReportWithEveryFieldIsAcceptedAndStored()
    {
        var (valid, item, updater) = await UpdateNewAsync("ReportProblem", CompleteProblemReport(), English);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager>().CreateAsync(item, VersionOptions.Published);
        }

        await using var reader = _site.Services.CreateAsyncScope();
        var stored = await reader.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(item.ContentItemId);
        Assert.True(valid, string.Join("; ", updater.ModelState.SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage)));
        Assert.Equal("Printer prints blank pages", stored!.GetField<TextField>("Request", "Keyword")!.Text);
        Assert.Equal(["hardware-peripherals-printers-bw-laser"], stored.GetField<TaxonomyField>("RequestProduct", "Product")!.TermIds);
        Assert.Equal(["high"], stored.GetField<ChoiceField>("ReportProblem", "Priority")!.Values);
        Assert.Equal("Print any page.", stored.GetField<TextField>("ReportProblem", "StepsToReproduce")!.Text);
    }

    private static Dictionary<string, StringValues> CompleteProblemReport() => new()
    {
        ["Request.Keyword.Text"] = "Printer prints blank pages",
        ["ReportProblem.Request.Text"] = "Since this morning every page comes out blank.",
        ["ReportProblem.StepsToReproduce.Text"] = "Print any page.",
        ["RequestProduct.Product.TermIds"] = "hardware-peripherals-printers-bw-laser",
        ["ReportProblem.Priority.Values"] = "high",
    };

    private static IEnumerable<FieldEditorViewModel> Editors(ContentDisplayModel editor) =>
        editor.Zone(ContentZones.Content).Select(s => s.Model).OfType<FieldEditorViewModel>();

    private async Task<ContentTypeDefinition> GetTypeAsync(string name)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var type = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(name);

        return type ?? throw new InvalidOperationException($"The setup recipe did not create the type {name}.");
    }

    private async Task<ContentDisplayModel> BuildNewEditorAsync(string typeName, CultureInfo culture)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().NewAsync(typeName);

        return await InCultureAsync(culture, () => scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .BuildEditorAsync(item, null, isNew: true, ContentAudience.Customer));
    }

    private async Task<(bool Valid, ContentItem Item, ContentUpdater Updater)> UpdateNewAsync(
        string typeName,
        Dictionary<string, StringValues> form,
        CultureInfo culture)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().NewAsync(typeName);
        var updater = new ContentUpdater(new FormCollection(form), new ModelStateDictionary());

        var valid = await InCultureAsync(culture, () => scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .UpdateEditorAsync(item, updater, isNew: true, ContentAudience.Customer));

        return (valid, item, updater);
    }

    private static async Task<T> InCultureAsync<T>(CultureInfo culture, Func<Task<T>> action)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
