using System.Text.Json;
using Helpdesk.Email.Models;
using MimeKit;

namespace Helpdesk.Email.Services;

/// <summary>Turns a validated <see cref="EmailMessage"/> into an outbox row, and back into MIME.</summary>
public static class OutboxMessageFactory
{
    public static OutboxMessage Create(EmailMessage message, string messageId, DateTime nowUtc) => new()
    {
        MessageId = messageId,
        State = OutboxState.Pending,
        ToAddresses = Format(message.To)!,
        CcAddresses = Format(message.Cc),
        ReplyToAddresses = Format(message.ReplyTo),
        Subject = message.Subject,
        HtmlBody = message.HtmlBody,
        TextBody = message.TextBody,
        Headers = message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers),
        NextAttemptUtc = nowUtc,
        CreatedUtc = nowUtc,
        IsConfidential = message.IsConfidential,
        Attachments = message.Attachments.Select(a => new OutboxAttachment
        {
            FileName = a.FileName,
            ContentType = a.ContentType,
            Length = a.Content.Length,
            Content = a.Content,
        }).ToList(),
    };

    /// <summary>The message as sent: the stored parts, the sender, the stable Message-Id and the queue time as Date.</summary>
    public static MimeMessage ToMime(OutboxMessage message, MailboxAddress sender)
    {
        var mime = new MimeMessage
        {
            MessageId = message.MessageId,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc)),
            Subject = message.Subject,
        };
        mime.From.Add(sender);
        mime.To.AddRange(Parse(message.ToAddresses));
        mime.Cc.AddRange(Parse(message.CcAddresses));
        mime.ReplyTo.AddRange(Parse(message.ReplyToAddresses));
        AddHeaders(mime, message.Headers);
        mime.Body = Body(message);

        return mime;
    }

    public static IReadOnlyDictionary<string, string> ReadHeaders(string? json) =>
        json is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    private static void AddHeaders(MimeMessage mime, string? json)
    {
        var headers = ReadHeaders(json);
        foreach (var (name, value) in headers)
        {
            mime.Headers.Add(name, value);
        }

        // RFC 3834: tells autoresponders (out-of-office) not to answer, which could loop with the helpdesk.
        if (!headers.ContainsKey("Auto-Submitted"))
        {
            mime.Headers.Add("Auto-Submitted", "auto-generated");
        }
    }

    private static MimeEntity Body(OutboxMessage message)
    {
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        return body.ToMessageBody();
    }

    private static string? Format(List<EmailAddress> addresses) =>
        addresses.Count == 0
            ? null
            : new InternetAddressList(addresses.Select(a => new MailboxAddress(a.DisplayName ?? "", a.Address.Trim()))).ToString();

    private static InternetAddressList Parse(string? addresses) =>
        string.IsNullOrEmpty(addresses) ? [] : InternetAddressList.Parse(addresses);
}
