using Helpdesk.Email.Models;

namespace Helpdesk.Email.Tests;

public static class TestMessages
{
    public const string Body = "Wir haben Ihre Anfrage erhalten und melden uns in Kürze.";

    public static EmailMessage Confirmation(string to = "anna.muster@kunde.example", string subject = "Ihre Anfrage 1042 ist eingegangen") => new()
    {
        To = [new EmailAddress(to, "Anna Muster")],
        Subject = subject,
        TextBody = Body,
        HtmlBody = $"<p>{Body}</p>",
    };
}
