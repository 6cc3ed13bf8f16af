using Helpdesk.PortalTheme.Services;

namespace Helpdesk.Tests.Themes;

public sealed class BrandPaletteTests
{
    [Theory]
    [InlineData("#0d6efd")]
    [InlineData("#c21f3a")]
    [InlineData("#ffd700")]
    [InlineData("#ffffff")]
    [InlineData("#808080")]
    [InlineData("#00ff00")]
    [InlineData("#000000")]
    public void TextOnThePrimaryColourAndLinksOnWhiteAreReadable(string hex)
    {
        var palette = BrandPalette.From(hex);
        var white = new RgbColor(255, 255, 255);

        Assert.True(BrandPalette.Contrast(palette.OnPrimary, palette.Primary) >= 4.5, $"text on {hex}");
        Assert.True(BrandPalette.Contrast(palette.OnPrimary, palette.Hover) >= 4.5, $"text on hovered {hex}");
        Assert.True(BrandPalette.Contrast(palette.Link, white) >= 4.5, $"link from {hex}");
    }

    [Fact]
    public void BootstrapBlueKeepsWhiteTextAndItsOwnLinkColour()
    {
        var palette = BrandPalette.From("#0d6efd");

        Assert.Equal("#ffffff", palette.OnPrimary.Hex);
        Assert.Equal("#0d6efd", palette.Link.Hex);
        Assert.Equal("13, 110, 253", palette.Primary.Components);
    }

    [Fact]
    public void LightYellowGetsDarkTextAndADarkenedLink()
    {
        var palette = BrandPalette.From("#ffd700");

        Assert.NotEqual("#ffffff", palette.OnPrimary.Hex);
        Assert.NotEqual("#ffd700", palette.Link.Hex);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#fff")]
    [InlineData("#0d6efd;}body{display:none")]
    public void AnythingButHashAndSixHexDigitsFallsBackToTheDefault(string? hex)
    {
        Assert.Equal(BrandPalette.DefaultColor, BrandPalette.From(hex).Primary.Hex);
    }

    [Theory]
    [InlineData("089-2196677-20", "089219667720")]
    [InlineData("+49 (89) 2196677-20", "+4989219667720")]
    public void PhoneNumbersBecomeDialableLinks(string phone, string uri)
    {
        Assert.Equal(uri, PortalContact.TelephoneUri(phone));
    }
}
