using System.Net;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.Content.Tests.Admin;

/// <summary>
/// The German names of types, fields and choice options on the Content Types pages: shown,
/// edited, kept when the pages save, and used by German pages.
/// </summary>
public sealed class LocalizedNamesAdminTests : IClassFixture<ContentAdminSite>
{
    private readonly ContentAdminSite _site;

    public LocalizedNamesAdminTests(ContentAdminSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task SavingTheTypeAndItsFieldsKeepsNamesInLanguagesThePagesDoNotShow()
    {
        await SeedAsync("Outage");
        using var admin = await _site.AdministratorAsync();

        var (typeStatus, _, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/Outage", TypeSettings("Report an outage", "Störung melden"));
        var (keywordStatus, _, _) = await ContentAdminSite.PostAsync(
            admin, "/admin/content-types/Outage/fields/Outage/Keyword", KeywordSettings("Keyword", "Schlagwort"));
        var (priorityStatus, _, _) = await ContentAdminSite.PostAsync(
            admin,
            "/admin/content-types/Outage/fields/Outage/Priority",
            PrioritySettings("low | Low | Gering\nhigh | High | Hoch\nurgent | Urgent"));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [typeStatus, keywordStatus, priorityStatus]);
        var type = (await _site.FindTypeAsync("Outage"))!;
        Assert.Equal("Report an outage", type.DisplayName);
        Assert.Equal(Names("Störung melden", "Signaler une panne"), type.DisplayNames);
        var keyword = type.FindField("Keyword")!;
        Assert.Equal("Keyword", keyword.Definition.DisplayName);
        Assert.Equal(Names("Schlagwort", "Mot-clé"), keyword.Settings.DisplayNames);
        var options = type.FindField("Priority")!.Definition.Settings.Get<ChoiceFieldSettings>().Options;
        Assert.Equal(["low", "high", "urgent"], options.Select(o => o.Value));
        Assert.Equal(Names("Gering", "Basse"), options[0].Labels);
        Assert.Equal(Names("Hoch", "Haute"), options[1].Labels);
        Assert.Null(options[2].Labels);
        Assert.Equal("Urgent", options[2].LabelFor(System.Globalization.CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public async Task TheFormsShowTheGermanNamesAndAGermanPageSavesWithoutTouchingTheEnglishOnes()
    {
        await SeedAsync("Breakdown");
        using var german = await _site.GermanAdministratorAsync("greta.forms@example.com");

        var typePage = await ContentAdminSite.GetPageAsync(german, "/admin/content-types/Breakdown");
        var keywordPage = await ContentAdminSite.GetPageAsync(german, "/admin/content-types/Breakdown/fields/Breakdown/Keyword");
        var priorityPage = await ContentAdminSite.GetPageAsync(german, "/admin/content-types/Breakdown/fields/Breakdown/Priority");
        var (status, _, _) = await ContentAdminSite.PostAsync(
            german, "/admin/content-types/Breakdown/fields/Breakdown/Keyword", KeywordSettings("Keyword", "Stichwort"));

        Assert.Contains("Inhaltstyp Störung melden", typePage, StringComparison.Ordinal);
        Assert.Contains("Anzeigename (Deutsch)", typePage, StringComparison.Ordinal);
        Assert.Contains("name=\"Settings.DisplayName\" value=\"Breakdown\"", typePage, StringComparison.Ordinal);
        Assert.Contains("name=\"Settings.DisplayNameDe\" value=\"Störung melden\"", typePage, StringComparison.Ordinal);
        Assert.Contains("Feld Stichwort von Störung melden", keywordPage, StringComparison.Ordinal);
        Assert.Contains("name=\"DisplayName\" value=\"Keyword\"", keywordPage, StringComparison.Ordinal);
        Assert.Contains("name=\"DisplayNameDe\" value=\"Stichwort\"", keywordPage, StringComparison.Ordinal);
        Assert.Contains("low | Low | Niedrig\nhigh | High | Hoch", priorityPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var keyword = (await _site.FindTypeAsync("Breakdown"))!.FindField("Keyword")!;
        Assert.Equal("Keyword", keyword.Definition.DisplayName);
        Assert.Equal(Names("Stichwort", "Mot-clé"), keyword.Settings.DisplayNames);
    }

    [Fact]
    public async Task ListAndPreviewShowTheNamesInTheLanguageOfThePage()
    {
        await SeedAsync("Failure");
        using var english = await _site.AdministratorAsync();
        using var german = await _site.GermanAdministratorAsync("greta.preview@example.com");

        var englishList = await ContentAdminSite.GetPageAsync(english, "/admin/content-types");
        var germanList = await ContentAdminSite.GetPageAsync(german, "/admin/content-types");
        var englishPreview = await ContentAdminSite.GetPageAsync(english, "/admin/content-types/Failure/preview");
        var germanPreview = await ContentAdminSite.GetPageAsync(german, "/admin/content-types/Failure/preview");

        Assert.Contains(">Breakdown</a>", englishList, StringComparison.Ordinal);
        Assert.Contains(">Störung melden</a>", germanList, StringComparison.Ordinal);
        Assert.Contains(">Keyword", englishPreview, StringComparison.Ordinal);
        Assert.DoesNotContain("Stichwort", englishPreview, StringComparison.Ordinal);
        Assert.Contains("Vorschau von Störung melden", germanPreview, StringComparison.Ordinal);
        Assert.Contains(">Stichwort", germanPreview, StringComparison.Ordinal);
        Assert.Contains(">Niedrig<", germanPreview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingATypeAndAddingAFieldTakeTheirGermanNames()
    {
        using var admin = await _site.AdministratorAsync();

        var (typeStatus, _, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/create",
            [new("DisplayName", "Order a device"), new("DisplayNameDe", "Gerät bestellen"), new("TechnicalName", "DeviceOrder")]);
        var (fieldStatus, _, _) = await ContentAdminSite.PostAsync(admin, "/admin/content-types/DeviceOrder/fields/add",
        [
            new("DisplayName", "Device"), new("DisplayNameDe", "Gerät"), new("TechnicalName", ""),
            new("FieldType", "TextField"), new("PartName", "DeviceOrder"),
        ]);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], [typeStatus, fieldStatus]);
        var type = (await _site.FindTypeAsync("DeviceOrder"))!;
        Assert.Equal("Order a device", type.DisplayName);
        Assert.Equal("Gerät bestellen", type.DisplayNames?["de"]);
        var device = type.FindField("Device")!;
        Assert.Equal("Device", device.Definition.DisplayName);
        Assert.Equal("Gerät", device.Settings.DisplayNames?["de"]);
    }

    [Fact]
    public async Task ATooLongGermanNameIsRefusedInGermanBesideTheInputWhichKeepsIt()
    {
        await SeedAsync("Defect");
        using var german = await _site.GermanAdministratorAsync("greta.errors@example.com");
        var tooLong = new string('ä', 101);

        var (typeStatus, _, typePage) = await ContentAdminSite.PostAsync(german, "/admin/content-types/Defect", TypeSettings("Defect", tooLong));
        var (fieldStatus, _, fieldPage) = await ContentAdminSite.PostAsync(
            german, "/admin/content-types/Defect/fields/Defect/Keyword", KeywordSettings("Keyword", tooLong));
        var (addStatus, _, addPage) = await ContentAdminSite.PostAsync(german, "/admin/content-types/Defect/fields/add",
            [new("DisplayName", "Cause"), new("DisplayNameDe", tooLong), new("FieldType", "TextField"), new("PartName", "Defect")]);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [typeStatus, fieldStatus, addStatus]);
        foreach (var page in new[] { typePage, fieldPage, addPage })
        {
            Assert.Contains("Der deutsche Anzeigename darf höchstens 100 Zeichen lang sein.", page, StringComparison.Ordinal);
            Assert.Contains("value=\"" + tooLong + "\"", page, StringComparison.Ordinal);
        }

        var type = (await _site.FindTypeAsync("Defect"))!;
        Assert.Equal("Störung melden", type.DisplayNames?["de"]);
        Assert.Equal("Stichwort", type.FindField("Keyword")!.Settings.DisplayNames?["de"]);
        Assert.Null(type.FindField("Cause"));
    }

    // Like the seeded request types: German names from the recipe, and French ones the pages do not show.
    private Task SeedAsync(string name)
    {
        var keyword = new ContentFieldDefinition("Keyword", "TextField")
        {
            Settings = ContentSettings.Empty.With(new ContentFieldSettings
            {
                DisplayName = "Keyword",
                DisplayNames = Names("Stichwort", "Mot-clé"),
                Position = 1,
            }),
        };
        var priority = new ContentFieldDefinition("Priority", "ChoiceField")
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings { DisplayName = "Priority", DisplayNames = Names("Priorität", "Priorité"), Position = 2 })
                .With(new ChoiceFieldSettings
                {
                    Options =
                    [
                        new("low", "Low") { Labels = Names("Niedrig", "Basse") },
                        new("high", "High") { Labels = Names("Hoch", "Haute") },
                    ],
                }),
        };
        var type = new ContentTypeDefinition(name, "Breakdown")
        {
            DisplayNames = Names("Störung melden", "Signaler une panne"),
            Settings = ContentSettings.Empty.With(new ContentTypeSettings { Creatable = true, Listable = true, Stereotype = "Ticket" }),
            Parts = [new ContentTypePartDefinition(name)],
        };

        return _site.SaveAsync(new ContentPartDefinition(name) { Fields = [keyword, priority] }, type);
    }

    private static Dictionary<string, string> Names(string german, string french) => new() { ["de"] = german, ["fr"] = french };

    private static List<KeyValuePair<string, string>> TypeSettings(string displayName, string german) =>
    [
        new("Settings.DisplayName", displayName),
        new("Settings.DisplayNameDe", german),
        new("Settings.Creatable", "true"),
        new("Settings.Listable", "true"),
        new("Settings.Stereotype", "Ticket"),
    ];

    private static List<KeyValuePair<string, string>> KeywordSettings(string displayName, string german) =>
    [
        new("DisplayName", displayName),
        new("DisplayNameDe", german),
        new("Position", "1"),
        new("VisibleToCustomers", "true"),
        new("TextEditor", "SingleLine"),
    ];

    private static List<KeyValuePair<string, string>> PrioritySettings(string options) =>
    [
        new("DisplayName", "Priority"),
        new("DisplayNameDe", "Priorität"),
        new("Position", "2"),
        new("VisibleToCustomers", "true"),
        new("ChoiceEditor", "Dropdown"),
        new("ChoiceOptions", options),
    ];
}
