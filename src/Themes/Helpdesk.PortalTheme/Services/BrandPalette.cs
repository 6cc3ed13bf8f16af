namespace Helpdesk.PortalTheme.Services;

/// <summary>
/// The colours the portal derives from the site's primary colour. Text on the colour and the
/// link colour are chosen so that they keep WCAG AA contrast (4.5:1) whatever colour an
/// administrator picks, e.g. a light yellow.
/// </summary>
public sealed class BrandPalette
{
    public const string DefaultColor = "#0d6efd";

    private const double MinimumContrast = 4.5;

    private static readonly RgbColor White = new(255, 255, 255);
    private static readonly RgbColor Black = new(0, 0, 0);
    private static readonly RgbColor DarkText = new(33, 37, 41);

    private BrandPalette(RgbColor primary)
    {
        var textOnPrimary = TextOn(primary);
        var towardsText = textOnPrimary == White ? Black : White;

        Primary = primary;
        OnPrimary = textOnPrimary;
        Hover = primary.Mix(towardsText, 0.15);
        Active = primary.Mix(towardsText, 0.2);
        Link = ReadableOnWhite(primary);
        LinkHover = Link.Mix(Black, 0.2);
        Subtle = primary.Mix(White, 0.85);
        Border = primary.Mix(White, 0.5);
    }

    public RgbColor Primary { get; }

    /// <summary>Text on a primary background: white, or dark when the colour is light.</summary>
    public RgbColor OnPrimary { get; }

    public RgbColor Hover { get; }

    public RgbColor Active { get; }

    /// <summary>The primary colour, darkened as far as needed to be readable as text on white.</summary>
    public RgbColor Link { get; }

    public RgbColor LinkHover { get; }

    /// <summary>A light tint for backgrounds behind dark text.</summary>
    public RgbColor Subtle { get; }

    /// <summary>A mid tint for borders of focused fields.</summary>
    public RgbColor Border { get; }

    /// <summary>The palette of a <c>#rrggbb</c> colour; the default blue for anything else.</summary>
    public static BrandPalette From(string? hex) => new(RgbColor.TryParse(hex, out var color) ? color : RgbColor.Parse(DefaultColor));

    /// <summary>The WCAG contrast ratio of two colours, from 1 to 21.</summary>
    public static double Contrast(RgbColor first, RgbColor second)
    {
        var lighter = Math.Max(first.Luminance, second.Luminance);
        var darker = Math.Min(first.Luminance, second.Luminance);

        return (lighter + 0.05) / (darker + 0.05);
    }

    // White where it is readable (Bootstrap's own choice for its blue), else the body's dark
    // grey, else black: one of white and black always reaches 4.5:1.
    private static RgbColor TextOn(RgbColor background)
    {
        if (Contrast(White, background) >= MinimumContrast)
        {
            return White;
        }

        return Contrast(DarkText, background) >= MinimumContrast ? DarkText : Black;
    }

    private static RgbColor ReadableOnWhite(RgbColor color)
    {
        for (var step = 0; step <= 20; step++)
        {
            var candidate = color.Mix(Black, step * 0.05);
            if (Contrast(candidate, White) >= MinimumContrast)
            {
                return candidate;
            }
        }

        return Black;
    }
}
