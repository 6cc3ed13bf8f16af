using Helpdesk.Setup.Services;

namespace Helpdesk.Tests.Setup;

public sealed class TimeZonesTests
{
    [Fact]
    public void ListOffersIanaZonesIncludingTheDefaultAndUtc()
    {
        Assert.Contains(TimeZones.Default, TimeZones.All);
        Assert.Contains("UTC", TimeZones.All);
        Assert.Contains("America/New_York", TimeZones.All);
        Assert.Equal(TimeZones.All.Order(StringComparer.Ordinal), TimeZones.All);
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void IsKnownAcceptsOnlyZonesTheServerKnows(string id, bool known) =>
        Assert.Equal(known, TimeZones.IsKnown(id));
}
