namespace Helpdesk.Tests.Admin;

/// <summary>File contents that start like real images, and some that only pretend to be.</summary>
public static class TestImages
{
    public static byte[] Png { get; } =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    public static byte[] Gif87 { get; } = "GIF87a\u0001\u0000\u0001\u0000"u8.ToArray();

    public static byte[] Gif89 { get; } = "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray();

    public static byte[] Webp { get; } = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 "u8.ToArray();

    public static byte[] Wave { get; } = "RIFF\u0024\u0000\u0000\u0000WAVEfmt "u8.ToArray();

    public static byte[] Svg { get; } =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

    public static byte[] Html { get; } = "<!DOCTYPE html><html><body>PNG</body></html>"u8.ToArray();
}
