using System.Globalization;
using System.Text.Json;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.Content.Tests;

public sealed class LocalizedNamesTests
{
    private static readonly Dictionary<string, string> Names = new() { ["de"] = "Problem melden", ["fr"] = " " };

    [Theory]
    [InlineData("de", "Problem melden")]
    [InlineData("de-AT", "Problem melden")]
    [InlineData("en", "Report a problem")]
    [InlineData("fr-FR", "Report a problem")]
    [InlineData("", "Report a problem")]
    public void ANameIsPickedForTheCultureItsParentOrTheEnglishFallback(string culture, string expected)
    {
        var type = new ContentTypeDefinition("ReportProblem", "Report a problem") { DisplayNames = Names };

        Assert.Equal(expected, type.DisplayNameFor(new CultureInfo(culture)));
    }

    [Fact]
    public void FieldLabelsAndChoiceOptionsFollowTheCurrentUiCulture()
    {
        var common = new ContentFieldSettings { DisplayName = "Keyword", DisplayNames = new Dictionary<string, string> { ["de"] = "Stichwort" } };
        var keyword = new ContentFieldDefinition("Keyword", "TextField") { Settings = ContentSettings.Empty.With(common) };
        var unnamed = new ContentFieldDefinition("Reference", "TextField");
        var high = new ChoiceOption("high", "High") { Labels = new Dictionary<string, string> { ["de"] = "Hoch" } };
        var field = new ContentTypeField(new ContentTypePartDefinition("Request"), keyword);
        var previous = CultureInfo.CurrentUICulture;

        CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        var german = field.DisplayName;
        CultureInfo.CurrentUICulture = previous;

        Assert.Equal("Stichwort", german);
        Assert.Equal("Keyword", keyword.DisplayNameFor(new CultureInfo("en")));
        Assert.Equal("Reference", unnamed.DisplayNameFor(new CultureInfo("de")));
        Assert.Equal(("Hoch", "High"), (high.LabelFor(new CultureInfo("de")), high.LabelFor(new CultureInfo("en"))));
    }

    [Fact]
    public void LocalizedNamesSurviveTheStoredJson()
    {
        var common = new ContentFieldSettings { DisplayName = "Keyword", DisplayNames = new Dictionary<string, string> { ["de"] = "Stichwort" } };
        var settings = ContentSettings.Empty.With(common).With(new ChoiceFieldSettings
        {
            Options = [new ChoiceOption("high", "High") { Labels = new Dictionary<string, string> { ["de"] = "Hoch" } }],
        });

        var json = JsonSerializer.Serialize(settings, ContentJson.Options);
        var read = JsonSerializer.Deserialize<ContentSettings>(json, ContentJson.Options)!;

        Assert.Equal("Stichwort", read.Get<ContentFieldSettings>().DisplayNames!["de"]);
        Assert.Equal("Hoch", read.Get<ChoiceFieldSettings>().Options[0].Labels!["de"]);
    }
}
