using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Modularity.Security;
using Helpdesk.Tests.Infrastructure;

namespace Helpdesk.Content.Tests.Admin;

/// <summary>The Content Types admin pages over HTTP, as an administrator and as an agent uses them.</summary>
public sealed class ContentTypesAdminTests : IClassFixture<ContentAdminSite>
{
    private readonly ContentAdminSite _site;

    public ContentTypesAdminTests(ContentAdminSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task AdministratorCreatesATypeNamedAfterItsDisplayName()
    {
        using var admin = await _site.AdministratorAsync();

        var (status, location, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/create",
        [
            new("DisplayName", "Gerät bestellen"),
            new("TechnicalName", ""),
            new("Description", "Order a device"),
            new("Creatable", "true"),
            new("Stereotype", "Ticket"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/content-types/GeraetBestellen", location);
        var type = await _site.FindTypeAsync("GeraetBestellen");
        Assert.NotNull(type);
        Assert.Equal("Gerät bestellen", type.DisplayName);
        Assert.True(type.TypeSettings.Creatable);
        Assert.False(type.TypeSettings.Listable);
        Assert.Equal("Ticket", type.TypeSettings.Stereotype);
        Assert.Equal("GeraetBestellen", Assert.Single(type.Parts).PartDefinition?.Name);
        var list = await ContentAdminSite.GetPageAsync(admin, "/admin/content-types");
        Assert.Contains("Gerät bestellen", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingATypeWithABadOrTakenNameShowsTheErrorBesideTheNameAndKeepsTheInput()
    {
        await _site.SaveAsync(new ContentPartDefinition("Taken"), Type("Taken", "Taken"));
        using var admin = await _site.AdministratorAsync();

        var (badStatus, _, bad) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/create",
            [new("DisplayName", "Lives"), new("TechnicalName", "9 lives")]);
        var (_, _, taken) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/create",
            [new("DisplayName", "Taken again"), new("TechnicalName", "taken")]);

        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("The technical name must start with a letter and hold only letters, digits and underscores.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"9 lives\"", bad, StringComparison.Ordinal);
        Assert.Contains("A content type with the technical name taken already exists.", taken, StringComparison.Ordinal);
        Assert.Contains("value=\"Taken again\"", taken, StringComparison.Ordinal);
        Assert.Null(await _site.FindTypeAsync("taken"));
    }

    [Fact]
    public async Task AdministratorAddsAFieldAndThePreviewShowsItAtOnce()
    {
        await _site.SaveAsync(new ContentPartDefinition("Question"), Type("Question", "Question"));
        using var admin = await _site.AdministratorAsync();

        var (status, location, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/Question/fields/add",
            [new("DisplayName", "Seriennummer des Geräts"), new("TechnicalName", ""), new("FieldType", "TextField"), new("PartName", "Question")]);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/content-types/Question/fields/Question/SeriennummerDesGeraets", location);
        var field = Assert.Single((await _site.FindTypeAsync("Question"))!.Fields);
        Assert.Equal("TextField", field.FieldType);
        Assert.Equal("Seriennummer des Geräts", field.DisplayName);
        var preview = await ContentAdminSite.GetPageAsync(admin, "/admin/content-types/Question/preview");
        Assert.Contains("name=\"Question.SeriennummerDesGeraets.Text\"", preview, StringComparison.Ordinal);
        Assert.Contains("Seriennummer des Geräts", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAFieldOfAnUnknownTypeOrATakenNameIsRefusedBesideTheInput()
    {
        await _site.SaveAsync(Part("Complaint", TextField("Keyword", "Keyword", 1)), Type("Complaint", "Complaint"));
        using var admin = await _site.AdministratorAsync();

        var (_, _, html) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/Complaint/fields/add",
            [new("DisplayName", "Keyword"), new("TechnicalName", "Keyword"), new("FieldType", "PaintField"), new("PartName", "Complaint")]);

        Assert.Contains("The part Complaint already has a field named Keyword.", html, StringComparison.Ordinal);
        Assert.Contains("Choose one of the listed field types.", html, StringComparison.Ordinal);
        Assert.Single((await _site.FindTypeAsync("Complaint"))!.Fields);
    }

    [Fact]
    public async Task AdministratorEditsFieldSettingsAndBadSettingsAreRefusedWithTheInputKept()
    {
        await _site.SaveAsync(
            Part("Service", ChoiceField("Kind", "Kind", 1), TextField("Serial", "Serial number", 2)),
            Type("Service", "Service"));
        using var admin = await _site.AdministratorAsync();
        const string url = "/admin/content-types/Service/fields/Service/Serial";

        var (badStatus, _, bad) = await ContentAdminSite.PostAsync(admin, url, SerialSettings(pattern: "[A-Z", maxLength: "many"));
        var (status, location, _) = await ContentAdminSite.PostAsync(admin, url, SerialSettings(pattern: "[A-Z]{2}-\\d{4}", maxLength: "7"));

        Assert.Equal(HttpStatusCode.OK, badStatus);
        Assert.Contains("The pattern is not a valid regular expression.", bad, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number from 1 to 100000.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"[A-Z\"", bad, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/content-types/Service", location);
        var serial = (await _site.FindTypeAsync("Service"))!.FindField("Serial")!;
        Assert.True(serial.Settings.Required);
        Assert.False(serial.Settings.VisibleToCustomers);
        Assert.Equal("Serial number of the device", serial.DisplayName);
        Assert.Equal("Kind", serial.Settings.Condition?.FieldName);
        Assert.Equal(FieldConditionOperator.In, serial.Settings.Condition!.Operator);
        Assert.Equal(["hw", "sw"], serial.Settings.Condition.Values);
        var text = serial.Definition.Settings.Get<TextFieldSettings>();
        Assert.Equal(7, text.MaxLength);
        Assert.Equal("[A-Z]{2}-\\d{4}", text.Pattern);
        Assert.Equal(TextEditor.SingleLine, text.Editor);
    }

    [Fact]
    public async Task ChoiceOptionsAndADefaultValueThatIsNotAnOptionAreChecked()
    {
        await _site.SaveAsync(Part("Improvement", ChoiceField("Area", "Area", 1)), Type("Improvement", "Improvement"));
        using var admin = await _site.AdministratorAsync();
        const string url = "/admin/content-types/Improvement/fields/Improvement/Area";

        var (_, _, duplicate) = await ContentAdminSite.PostAsync(admin, url, ChoiceSettings("a | A\na | Again", defaultValue: ""));
        var (_, _, wrongDefault) = await ContentAdminSite.PostAsync(admin, url, ChoiceSettings("portal | Portal\nmail | E-mail", defaultValue: "phone"));
        var (status, _, _) = await ContentAdminSite.PostAsync(admin, url, ChoiceSettings("portal | Portal\nmail | E-mail", defaultValue: "mail"));

        Assert.Contains("The option value a appears more than once.", duplicate, StringComparison.Ordinal);
        Assert.Contains("The default value 'phone' does not fit a field of the type Choice list.", wrongDefault, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var area = (await _site.FindTypeAsync("Improvement"))!.FindField("Area")!;
        var choice = area.Definition.Settings.Get<ChoiceFieldSettings>();
        Assert.Equal([new ChoiceOption("portal", "Portal"), new ChoiceOption("mail", "E-mail")], choice.Options);
        Assert.Equal(ChoiceEditor.Radio, choice.Editor);
        Assert.Equal("mail", area.Settings.DefaultValue);
    }

    [Fact]
    public async Task UpAndDownButtonsReorderTheFields()
    {
        await _site.SaveAsync(
            Part("Ordering", TextField("First", "First", 1), TextField("Second", "Second", 2), TextField("Third", "Third", 3)),
            Type("Ordering", "Ordering"));
        using var admin = await _site.AdministratorAsync();

        var (status, location, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/Ordering",
            [new("direction", "up")], "/admin/content-types/Ordering/fields/Ordering/Third/move");
        await ContentAdminSite.PostAsync(admin, "/admin/content-types/Ordering",
            [new("direction", "down")], "/admin/content-types/Ordering/fields/Ordering/First/move");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/content-types/Ordering#fields", location);
        var fields = (await _site.FindTypeAsync("Ordering"))!.Fields;
        Assert.Equal(["Third", "First", "Second"], fields.Select(f => f.FieldName));
        Assert.Equal([1, 2, 3], fields.Select(f => f.Settings.Position));
        var page = await ContentAdminSite.GetPageAsync(admin, "/admin/content-types/Ordering");
        Assert.True(page.IndexOf("data-field=\"Ordering.Third\"", StringComparison.Ordinal)
            < page.IndexOf("data-field=\"Ordering.First\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PreviewRefusesAnEmptyRequiredFieldAndAcceptsTheFilledFormWithoutSavingIt()
    {
        await _site.SaveAsync(
            Part("Problem", TextField("Keyword", "Keyword", 1, required: true), TextField("Details", "Details", 2)),
            Type("Problem", "Problem"));
        using var admin = await _site.AdministratorAsync();
        const string url = "/admin/content-types/Problem/preview";

        var (emptyStatus, _, empty) = await ContentAdminSite.PostAsync(admin, url, [new("Problem.Details.Text", "It beeps")]);
        var (filledStatus, _, filled) = await ContentAdminSite.PostAsync(admin, url,
            [new("Problem.Keyword.Text", "Printer"), new("Problem.Details.Text", "It beeps")]);

        Assert.Equal(HttpStatusCode.OK, emptyStatus);
        Assert.Contains("Keyword is required.", empty, StringComparison.Ordinal);
        Assert.Contains("value=\"It beeps\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("The form is valid.", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, filledStatus);
        Assert.Contains("The form is valid. Nothing was saved.", filled, StringComparison.Ordinal);
        Assert.Contains("value=\"Printer\"", filled, StringComparison.Ordinal);
        Assert.Equal(0, await _site.CountItemsAsync("Problem"));
    }

    [Fact]
    public async Task DeletingATypeIsRefusedWhileAnItemUsesIt()
    {
        await _site.SaveAsync(Part("Obsolete", TextField("Note", "Note", 1)), Type("Obsolete", "Obsolete"));
        var item = await _site.CreateItemAsync("Obsolete");
        using var admin = await _site.AdministratorAsync();

        var (refusedStatus, refusedLocation, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/Obsolete", [], "/admin/content-types/Obsolete/delete");
        var page = await ContentAdminSite.GetPageAsync(admin, "/admin/content-types/Obsolete");
        await _site.RemoveItemAsync(item.ContentItemId);
        var (deletedStatus, deletedLocation, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/Obsolete", [], "/admin/content-types/Obsolete/delete");

        Assert.Equal(HttpStatusCode.Redirect, refusedStatus);
        Assert.Equal("/admin/content-types/Obsolete", refusedLocation);
        Assert.Contains("The content type Obsolete cannot be deleted: 1 content items use it. Delete them first.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deletedStatus);
        Assert.Equal("/admin/content-types", deletedLocation);
        Assert.Null(await _site.FindTypeAsync("Obsolete"));
    }

    [Fact]
    public async Task AnExportedTypeImportsBackThroughTheRecipesPageUnchanged()
    {
        await _site.SaveAsync(
            Part("ReportProblem", ChoiceField("Kind", "Kind", 1), ConditionalSerialField()),
            Type("ReportProblem", "ReportProblem") with { Description = "Something does not work" });
        using var admin = await _site.AdministratorAsync();
        var exported = await admin.GetByteArrayAsync("/admin/content-types/ReportProblem/export");

        await ContentAdminSite.PostAsync(admin, "/admin/content-types/ReportProblem", [], "/admin/content-types/ReportProblem/delete");
        Assert.Null(await _site.FindTypeAsync("ReportProblem"));
        using var imported = await UploadRecipeAsync(admin, "content-type-ReportProblem.recipe.json", exported);
        var reexported = await admin.GetByteArrayAsync("/admin/content-types/ReportProblem/export");

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var type = await _site.FindTypeAsync("ReportProblem");
        Assert.Equal("Something does not work", type?.Description);
        Assert.Equal(["Kind", "Serial"], type!.Fields.Select(f => f.FieldName));
        Assert.Equal("[A-Z]{2}-\\d{4}", type.FindField("Serial")!.Definition.Settings.Get<TextFieldSettings>().Pattern);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(reexported));
    }

    [Fact]
    public async Task AnAgentIsRefusedOnTheContentTypePages()
    {
        await _site.SaveAsync(new ContentPartDefinition("Secret"), Type("Secret", "Secret"));
        await _site.CreateUserAsync("ada.agent@example.com", BuiltInRoles.Agent);
        using var agent = await _site.CreateSignedInClientAsync("ada.agent@example.com");

        string[] urls =
        [
            "/admin/content-types", "/admin/content-types/create", "/admin/content-types/Secret",
            "/admin/content-types/Secret/preview", "/admin/content-types/Secret/export", "/admin/content-types/Secret/fields/add",
        ];
        var answers = new List<HttpStatusCode>();
        foreach (var url in urls)
        {
            using var response = await agent.GetAsync(url);
            answers.Add(response.StatusCode);
        }

        using var delete = await SiteForms.FormAsync(agent, "/admin", [], "/admin/content-types/Secret/delete");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.NotNull(await _site.FindTypeAsync("Secret"));
    }

    private static async Task<HttpResponseMessage> UploadRecipeAsync(HttpClient client, string fileName, byte[] json)
    {
        var token = await SiteForms.GetAntiforgeryTokenAsync(client, "/admin/recipes");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(json);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "recipeFile", fileName);
        content.Add(new StringContent(token), SiteForms.TokenFieldName);

        return await client.PostAsync("/admin/recipes/upload", content);
    }

    private static List<KeyValuePair<string, string>> SerialSettings(string pattern, string maxLength) =>
    [
        new("DisplayName", "Serial number of the device"),
        new("Hint", ""),
        new("Required", "true"),
        new("DefaultValue", ""),
        new("Position", "2"),
        new("VisibleToCustomers", "false"),
        new("ConditionField", "Service.Kind"),
        new("ConditionOperator", "In"),
        new("ConditionValues", "Hardware, sw"),
        new("TextEditor", "SingleLine"),
        new("TextMaxLength", maxLength),
        new("TextPattern", pattern),
    ];

    private static List<KeyValuePair<string, string>> ChoiceSettings(string options, string defaultValue) =>
    [
        new("DisplayName", "Area"),
        new("Position", "1"),
        new("VisibleToCustomers", "true"),
        new("DefaultValue", defaultValue),
        new("ChoiceEditor", "Radio"),
        new("ChoiceOptions", options),
    ];

    private static ContentTypeDefinition Type(string name, string part) =>
        new(name, name)
        {
            Settings = ContentSettings.Empty.With(new ContentTypeSettings { Creatable = true, Stereotype = "Ticket" }),
            Parts = [new ContentTypePartDefinition(part)],
        };

    private static ContentPartDefinition Part(string name, params ContentFieldDefinition[] fields) => new(name) { Fields = fields };

    private static ContentFieldDefinition TextField(string name, string displayName, int position, bool required = false) =>
        new(name, "TextField")
        {
            Settings = ContentSettings.Empty.With(new ContentFieldSettings { DisplayName = displayName, Position = position, Required = required }),
        };

    private static ContentFieldDefinition ConditionalSerialField() =>
        new("Serial", "TextField")
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings
                {
                    DisplayName = "Serial number",
                    Required = true,
                    Position = 2,
                    Condition = new FieldCondition { FieldName = "Kind", Values = ["hw"] },
                })
                .With(new TextFieldSettings { Pattern = "[A-Z]{2}-\\d{4}", MaxLength = 7 }),
        };

    private static ContentFieldDefinition ChoiceField(string name, string displayName, int position) =>
        new(name, "ChoiceField")
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings { DisplayName = displayName, Position = position })
                .With(new ChoiceFieldSettings { Options = [new("hw", "Hardware"), new("sw", "Software")] }),
        };
}
