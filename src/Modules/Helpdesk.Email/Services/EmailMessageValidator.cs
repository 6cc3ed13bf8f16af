using System.Net.Mail;
using Helpdesk.Email.Models;
using Microsoft.Extensions.Options;

namespace Helpdesk.Email.Services;

/// <summary>
/// Checks a message before it enters the outbox, so that what is queued can be sent: valid
/// addresses, no header injection, bounded attachments. Problems are a programming error of the
/// caller, reported as <see cref="ArgumentException"/>.
/// </summary>
public sealed class EmailMessageValidator
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "Sender", "To", "Cc", "Bcc", "Reply-To", "Subject", "Date", "Message-Id",
        "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
        "Return-Path", "Received",
    };

    private readonly EmailOptions _options;

    public EmailMessageValidator(IOptions<EmailOptions> options)
    {
        _options = options.Value;
    }

    public void Validate(EmailMessage message)
    {
        var problems = new List<string>();
        CheckAddresses(message, problems);
        CheckTexts(message, problems);
        CheckHeaders(message, problems);
        CheckAttachments(message, problems);

        if (problems.Count > 0)
        {
            throw new ArgumentException("The e-mail cannot be queued: " + string.Join(" ", problems), nameof(message));
        }
    }

    private static void CheckAddresses(EmailMessage message, List<string> problems)
    {
        if (message.To.Count == 0)
        {
            problems.Add("It has no recipient.");
        }

        foreach (var address in message.To.Concat(message.Cc).Concat(message.ReplyTo))
        {
            if (!MailAddress.TryCreate(address.Address, out var parsed) || parsed.Address != address.Address.Trim())
            {
                problems.Add($"'{address.Address}' is not an e-mail address.");
            }

            if (HasLineBreak(address.DisplayName))
            {
                problems.Add("A display name contains a line break.");
            }
        }
    }

    private static void CheckTexts(EmailMessage message, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(message.Subject) || message.Subject.Length > 1000 || HasLineBreak(message.Subject))
        {
            problems.Add("The subject must be one line of 1 to 1000 characters.");
        }

        if (string.IsNullOrEmpty(message.HtmlBody) && string.IsNullOrEmpty(message.TextBody))
        {
            problems.Add("It has neither an HTML nor a text body.");
        }
    }

    private static void CheckHeaders(EmailMessage message, List<string> problems)
    {
        foreach (var (name, value) in message.Headers)
        {
            if (name.Length == 0 || !name.All(c => c is > ' ' and < '\u007f' and not ':'))
            {
                problems.Add($"'{name}' is not a valid header name.");
            }
            else if (ReservedHeaders.Contains(name))
            {
                problems.Add($"The header '{name}' is set by the e-mail module.");
            }

            if (HasLineBreak(value))
            {
                problems.Add($"The header '{name}' contains a line break.");
            }
        }
    }

    private void CheckAttachments(EmailMessage message, List<string> problems)
    {
        foreach (var attachment in message.Attachments)
        {
            if (string.IsNullOrWhiteSpace(attachment.FileName) || attachment.FileName.Length > 255)
            {
                problems.Add("An attachment needs a file name of 1 to 255 characters.");
            }

            if (!MimeKit.ContentType.TryParse(attachment.ContentType, out _) || attachment.ContentType.Length > 200)
            {
                problems.Add($"'{attachment.ContentType}' is not a content type.");
            }
        }

        var total = message.Attachments.Sum(a => (long)a.Content.Length);
        if (total > _options.MaxAttachmentBytes)
        {
            problems.Add($"The attachments have {total} bytes; at most {_options.MaxAttachmentBytes} are allowed.");
        }
    }

    private static bool HasLineBreak(string? text) => text is not null && text.AsSpan().IndexOfAny('\r', '\n') >= 0;
}
