using Helpdesk.Admin.Services;

namespace Helpdesk.Tests.Admin;

public sealed class LogoFormatTests
{
    public static TheoryData<byte[], string> Images => new()
    {
        { TestImages.Png, "image/png" },
        { TestImages.Jpeg, "image/jpeg" },
        { TestImages.Gif87, "image/gif" },
        { TestImages.Gif89, "image/gif" },
        { TestImages.Webp, "image/webp" },
    };

    public static TheoryData<byte[]> NotImages => new()
    {
        TestImages.Svg,
        TestImages.Html,
        TestImages.Wave,
        TestImages.Png[..7],
        "RIFF"u8.ToArray(),
        Array.Empty<byte>(),
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void ImagesAreKnownByTheirFirstBytes(byte[] content, string contentType)
    {
        var format = LogoFormat.Detect(content);

        Assert.Equal(contentType, format?.ContentType);
    }

    [Theory]
    [MemberData(nameof(NotImages))]
    public void ContentWithoutAnImageSignatureIsRefused(byte[] content)
    {
        Assert.Null(LogoFormat.Detect(content));
    }

    [Theory]
    [InlineData("logo-1.png", "image/png")]
    [InlineData("logo-1.JPG", "image/jpeg")]
    [InlineData("logo-1.webp", "image/webp")]
    [InlineData("logo-1.svg", null)]
    [InlineData("logo-1", null)]
    public void StoredLogosAreServedWithTheTypeOfTheirExtension(string fileName, string? contentType)
    {
        Assert.Equal(contentType, LogoFormat.FromFileName(fileName)?.ContentType);
    }
}
