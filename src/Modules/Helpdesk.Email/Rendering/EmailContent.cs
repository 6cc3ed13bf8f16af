namespace Helpdesk.Email.Rendering;

/// <summary>What a module says in an e-mail; the shared layout adds the site's look around it.</summary>
public sealed class EmailContent
{
    /// <summary>The heading above the text, e.g. "Your request 1042 was received".</summary>
    public string? Heading { get; init; }

    /// <summary>The text for the plain-text part; paragraphs are separated by an empty line.</summary>
    public required string TextBody { get; init; }

    /// <summary>
    /// The HTML of the body, trusted as it is (render it from encoded values). When empty, the
    /// HTML part shows <see cref="TextBody"/> as paragraphs.
    /// </summary>
    public string? HtmlBody { get; init; }

    /// <summary>The link that leads to the portal, e.g. to the ticket; the footer asks to answer there.</summary>
    public string? ActionUrl { get; init; }

    public string? ActionText { get; init; }
}
