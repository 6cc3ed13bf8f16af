namespace Helpdesk.Admin.Services;

/// <summary>
/// The image formats a site logo may have. The format is read from the file's first bytes,
/// never from its name: an SVG or HTML file renamed to <c>.png</c> is refused.
/// </summary>
public sealed record LogoFormat(string Extension, string ContentType)
{
    public const long MaxLength = 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> needs to tell every format apart.</summary>
    public const int SignatureLength = 12;

    public static readonly LogoFormat Png = new(".png", "image/png");
    public static readonly LogoFormat Jpeg = new(".jpg", "image/jpeg");
    public static readonly LogoFormat Gif = new(".gif", "image/gif");
    public static readonly LogoFormat Webp = new(".webp", "image/webp");

    public static IReadOnlyList<LogoFormat> All { get; } = [Png, Jpeg, Gif, Webp];

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Gif87Signature => "GIF87a"u8;

    private static ReadOnlySpan<byte> Gif89Signature => "GIF89a"u8;

    private static ReadOnlySpan<byte> RiffSignature => "RIFF"u8;

    private static ReadOnlySpan<byte> WebpSignature => "WEBP"u8;

    /// <summary>The format whose signature the content starts with, or null for any other content.</summary>
    public static LogoFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngSignature))
        {
            return Png;
        }

        if (content.StartsWith(JpegSignature))
        {
            return Jpeg;
        }

        if (content.StartsWith(Gif87Signature) || content.StartsWith(Gif89Signature))
        {
            return Gif;
        }

        var isWebp = content.Length >= SignatureLength
            && content.StartsWith(RiffSignature)
            && content[8..SignatureLength].SequenceEqual(WebpSignature);

        return isWebp ? Webp : null;
    }

    /// <summary>The format a stored logo file has, known by the extension it was saved with.</summary>
    public static LogoFormat? FromFileName(string fileName) =>
        All.FirstOrDefault(f => string.Equals(Path.GetExtension(fileName), f.Extension, StringComparison.OrdinalIgnoreCase));
}
