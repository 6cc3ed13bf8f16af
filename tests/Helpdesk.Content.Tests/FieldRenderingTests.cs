using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Content.Tests;

/// <summary>Every field type's editor and display, rendered by the real Razor views.</summary>
public sealed class FieldRenderingTests : IClassFixture<ContentTestSite>
{
    private const string Editor = "/Views/Shared/_ContentEditor.cshtml";
    private const string Display = "/Views/Shared/_ContentDisplay.cshtml";

    private readonly ContentTestSite _site;

    public FieldRenderingTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task EveryFieldTypeRendersItsEditorWithStableInputNames()
    {
        await using var scope = _site.CreateScope();
        var item = await FilledRequestAsync(scope.ServiceProvider);
        var model = await scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .BuildEditorAsync(item, null, isNew: false, ContentAudience.Staff);

        var html = await RenderAsync(scope.ServiceProvider, Editor, model);

        Assert.Contains("<label class=\"form-label\" for=\"Request_Keyword_Text\">Keyword <span", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Request.Keyword.Text\" value=\"Printer jams\" maxlength=\"40\" required=\"required\"", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Request_Keyword_Text_Hint\" class=\"form-text\">In a few words.</div>", html, StringComparison.Ordinal);
        Assert.Contains("<textarea class=\"form-control\" id=\"Request_Description_Text\" name=\"Request.Description.Text\" rows=\"8\">**Paper**", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"number\" class=\"form-control\" id=\"Request_Quantity_Value\" name=\"Request.Quantity.Value\" value=\"3\" min=\"1\" max=\"10\" step=\"1\" />", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Request.AcceptTerms.Value\" value=\"true\" checked=\"checked\" required=\"required\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"date\" class=\"form-control\" id=\"Request_DueDate_Value\" name=\"Request.DueDate.Value\" value=\"2026-12-24\" />", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"datetime-local\" class=\"form-control\" id=\"Request_CallBackAt_Value\" name=\"Request.CallBackAt.Value\" value=\"2026-07-01T10:00\" />", html, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Berlin", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"high\" selected=\"selected\">High</option>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Request.Channels.Values\" multiple=\"multiple\" size=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Request.Product.TermIds\" value=\"bw-laser\" data-path=\"hardware printers bw-laser\" /> <span>Hardware › Printers › B/W laser</span>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"printers\" selected=\"selected\" data-leaf=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"colour-laser\" data-leaf=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-terms-url=\"/contents/taxonomy-field/Request/Request/Product/terms\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"file\" class=\"form-control\" id=\"Request_Files_Files\" name=\"Request.Files.Files\" multiple=\"multiple\" accept=\".pdf,image/*\" />", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Request.Files.Keep\" value=\"0\" checked />", html, StringComparison.Ordinal);
        Assert.Contains("<span>At most 2 files.</span> <span>Each at most 1000 B.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"user-anna\" selected=\"selected\">Anna Agent (anna@example.com)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Carl Customer", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Request.Related.ContentItemIds\"", html, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\">Getting started</option>", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"mb-3 content-field\" data-field=\"Request.SerialNumber\" data-condition-field=\"Request.Product\" data-condition-operator=\"UnderTerm\" data-condition-values=\"[\"hardware\"]\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"mb-3 content-field\" data-field=\"Request.Keyword\" >", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_content/Helpdesk.Contents/js/field-conditions.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<script src=\"/_content/Helpdesk.Contents/js/"));
    }

    [Fact]
    public async Task EveryFieldTypeRendersItsDisplay()
    {
        await using var scope = _site.CreateScope();
        var item = await FilledRequestAsync(scope.ServiceProvider);
        var model = await scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .BuildDisplayAsync(item, DisplayTypes.Detail, ContentAudience.Staff);

        var html = await RenderAsync(scope.ServiceProvider, Display, model);

        Assert.Contains("Printer jams", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"content-markdown\"><p><strong>Paper</strong> jams <img src=\"x\"></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.Contains("High", html, StringComparison.Ordinal);
        Assert.Contains("Hardware › Printers › B/W laser", html, StringComparison.Ordinal);
        Assert.Contains("AB-1234", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"fw-semibold\">I accept the terms</div> <div>Yes</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"fw-semibold\">Call back at</div> <div>07/01/2026 10:00</div>", html, StringComparison.Ordinal);
        Assert.Contains("12/24/2026", html, StringComparison.Ordinal);
        Assert.Contains("E-mail", html, StringComparison.Ordinal);
        Assert.Contains("report.pdf (500 B)", html, StringComparison.Ordinal);
        Assert.Contains("Anna Agent", html, StringComparison.Ordinal);
        Assert.Contains("Getting started", html, StringComparison.Ordinal);
        Assert.Contains("Known troublemaker", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomersDoNotSeeStaffOnlyFields()
    {
        await using var scope = _site.CreateScope();
        var item = await FilledRequestAsync(scope.ServiceProvider);
        var model = await scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .BuildDisplayAsync(item, DisplayTypes.Detail, ContentAudience.Customer);

        var html = await RenderAsync(scope.ServiceProvider, Display, model);

        Assert.Contains("Printer jams", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Known troublemaker", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna Agent", html, StringComparison.Ordinal);
        Assert.DoesNotContain("content-meta", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAnErrorTheEditorKeepsWhatWasTypedAndShowsTheErrorBesideTheField()
    {
        await using var scope = _site.CreateScope();
        var services = scope.ServiceProvider;
        var display = services.GetRequiredService<IContentDisplayManager>();
        var item = await services.GetRequiredService<IContentManager>().NewAsync("Request");
        var form = Forms.ValidRequest();
        form["Request.Quantity.Value"] = "a dozen";
        form["Request.Keyword.Text"] = "Kept as typed";
        var updater = Forms.Updater(form);

        Assert.False(await display.UpdateEditorAsync(item, updater, isNew: true, ContentAudience.Staff));
        var html = await RenderAsync(services, Editor, await display.BuildEditorAsync(item, updater, isNew: true, ContentAudience.Staff));

        Assert.Contains("name=\"Request.Keyword.Text\" value=\"Kept as typed\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"form-control is-invalid\" id=\"Request_Quantity_Value\" name=\"Request.Quantity.Value\" value=\"a dozen\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Request_Quantity_Value_Error\" aria-invalid=\"true\" />", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Request_Quantity_Value_Error\" class=\"invalid-feedback d-block\"> <div>Quantity must be a number.</div>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"bw-laser\" data-path=\"hardware printers bw-laser\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldWhoseConditionDoesNotHoldStartsHiddenAndDisabled()
    {
        await using var scope = _site.CreateScope();
        var services = scope.ServiceProvider;
        var item = await services.GetRequiredService<IContentManager>().NewAsync("Request");
        item.SetField("Request", "Product", new TaxonomyField { TermIds = ["office"] });

        var model = await services.GetRequiredService<IContentDisplayManager>().BuildEditorAsync(item, null, isNew: true, ContentAudience.Staff);
        var html = await RenderAsync(services, Editor, model);

        Assert.Contains("data-condition-values=\"[\"hardware\"]\" hidden=\"hidden\" disabled=\"disabled\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEditorSpeaksGermanToGermanUsers()
    {
        await using var scope = _site.CreateScope();
        var services = scope.ServiceProvider;
        var item = await services.GetRequiredService<IContentManager>().NewAsync("Request");
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        try
        {
            var model = await services.GetRequiredService<IContentDisplayManager>().BuildEditorAsync(item, null, isNew: true, ContentAudience.Staff);
            var html = await RenderAsync(services, Editor, model);

            Assert.Contains("– Bitte wählen –", html, StringComparison.Ordinal);
            Assert.Contains("(Pflichtfeld)", html, StringComparison.Ordinal);
            Assert.Contains("Zeitzone: Europe/Berlin", html, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    // Text as a reader sees it: entities decoded, runs of white space as one space.
    private static async Task<string> RenderAsync(IServiceProvider services, string view, object model) =>
        Regex.Replace(WebUtility.HtmlDecode(await ViewRenderer.RenderAsync(services, view, model)), @"\s+", " ");

    private static async Task<ContentItem> FilledRequestAsync(IServiceProvider services)
    {
        var contents = services.GetRequiredService<IContentManager>();
        var article = await contents.NewAsync("Article");
        article.DisplayText = "Getting started";
        await contents.CreateAsync(article, VersionOptions.Published);

        var item = await contents.NewAsync("Request");
        item.SetField("Request", "Keyword", new TextField { Text = "Printer jams" });
        item.SetField("Request", "Description", new TextField { Text = "**Paper** jams <img src=x onerror=alert(1)><script>alert(2)</script>" });
        item.SetField("Request", "Priority", new ChoiceField { Values = ["high"] });
        item.SetField("Request", "Product", new TaxonomyField { TermIds = ["bw-laser"] });
        item.SetField("Request", "SerialNumber", new TextField { Text = "AB-1234" });
        item.SetField("Request", "Quantity", new NumberField { Value = 3 });
        item.SetField("Request", "DueDate", new DateField { Value = new DateOnly(2026, 12, 24) });
        item.SetField("Request", "CallBackAt", new DateTimeField { Value = new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc) });
        item.SetField("Request", "AcceptTerms", new BooleanField { Value = true });
        item.SetField("Request", "Channels", new ChoiceField { Values = ["email"] });
        item.SetField("Request", "Files", new AttachmentField { Files = [new AttachmentInfo { FileName = "report.pdf", ContentType = "application/pdf", Length = 500 }] });
        item.SetField("Request", "Assignee", new UserPickerField { UserIds = [TestUserLookup.Agent.UserId] });
        item.SetField("Request", "Related", new ContentPickerField { ContentItemIds = [article.ContentItemId] });
        item.SetField("Request", "InternalNote", new TextField { Text = "Known troublemaker" });
        await contents.CreateAsync(item, VersionOptions.Published);

        return item;
    }
}
