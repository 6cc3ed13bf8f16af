namespace Helpdesk.Email.Models;

/// <summary>
/// An e-mail a module wants to send. The sender is the site's (see <see cref="EmailSettings"/>);
/// the HTML and text bodies are usually rendered with <c>IEmailTemplateRenderer</c> first.
/// </summary>
public sealed class EmailMessage
{
    public List<EmailAddress> To { get; init; } = [];

    public List<EmailAddress> Cc { get; init; } = [];

    public List<EmailAddress> ReplyTo { get; init; } = [];

    public required string Subject { get; init; }

    public string? HtmlBody { get; init; }

    public string? TextBody { get; init; }

    /// <summary>Extra headers such as <c>X-Helpdesk-Ticket</c>; the structural ones (From, To, Message-Id ...) are refused.</summary>
    public Dictionary<string, string> Headers { get; init; } = [];

    public List<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The message carries a personal secret such as a link that sets a password: the admin
    /// outbox shows its recipients and state, never its text.
    /// </summary>
    public bool IsConfidential { get; init; }
}
