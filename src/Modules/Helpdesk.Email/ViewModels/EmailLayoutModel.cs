using Helpdesk.Email.Rendering;

namespace Helpdesk.Email.ViewModels;

/// <summary>What the e-mail layout views show.</summary>
public sealed class EmailLayoutModel
{
    public required EmailContent Content { get; init; }

    public required string SiteName { get; init; }

    /// <summary>The absolute address of the site's logo, or null when there is none or no site address.</summary>
    public string? LogoUrl { get; init; }

    public string? SupportPhone { get; init; }

    public string? SupportEmail { get; init; }

    /// <summary>A colour of the form <c>#rrggbb</c>.</summary>
    public required string PrimaryColor { get; init; }

    /// <summary>The two-letter language of the text, for <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The text body split into paragraphs (at empty lines) and lines, for the HTML part.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TextParagraphs =>
        Content.TextBody.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (IReadOnlyList<string>)p.Split('\n'))
            .ToList();
}
