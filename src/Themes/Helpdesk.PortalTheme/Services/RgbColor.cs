using System.Globalization;

namespace Helpdesk.PortalTheme.Services;

/// <summary>A colour as red, green and blue from 0 to 255.</summary>
public sealed record RgbColor(int R, int G, int B)
{
    /// <summary>The relative luminance as WCAG 2 defines it.</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>The components as CSS expects them in Bootstrap's <c>--bs-*-rgb</c> variables.</summary>
    public string Components => string.Create(CultureInfo.InvariantCulture, $"{R}, {G}, {B}");

    public static bool TryParse(string? hex, out RgbColor color)
    {
        color = new RgbColor(0, 0, 0);
        if (hex is null || hex.Length != 7 || hex[0] != '#'
            || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = new RgbColor((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);

        return true;
    }

    public static RgbColor Parse(string hex) =>
        TryParse(hex, out var color) ? color : throw new FormatException($"'{hex}' is not a #rrggbb colour.");

    /// <summary>This colour moved towards another by the given share (0 keeps it, 1 gives the other).</summary>
    public RgbColor Mix(RgbColor other, double share) => new(
        (int)Math.Round(R + ((other.R - R) * share)),
        (int)Math.Round(G + ((other.G - G) * share)),
        (int)Math.Round(B + ((other.B - B) * share)));

    private static double Linear(int component)
    {
        var value = component / 255.0;

        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }
}
