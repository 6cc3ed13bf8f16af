using System.Text;
using Helpdesk.Email.Models;
using MimeKit;

namespace Helpdesk.Email.Tests;

public sealed class PickupFolderTests
{
    [Fact]
    public async Task NewSiteWritesAParseableEmlFileNamedAfterTheStableMessageId()
    {
        await using var site = await EmailTestSite.StartAsync();
        var attachment = Encoding.UTF8.GetBytes("Fehlerprotokoll\nZeile 2");
        var message = new EmailMessage
        {
            To = [new EmailAddress("anna.muster@kunde.example", "Müller, Anna")],
            Cc = [new EmailAddress("team@kunde.example")],
            ReplyTo = [new EmailAddress("support@muster.example", "Support")],
            Subject = "Ihre Anfrage 1042: Drucker druckt nicht",
            TextBody = TestMessages.Body,
            HtmlBody = $"<p>{TestMessages.Body}</p>",
            Headers = { ["X-Helpdesk-Ticket"] = "1042" },
            Attachments = [new EmailAttachment("protokoll.txt", "text/plain", attachment)],
        };

        var messageId = await site.QueueAsync(message);
        await site.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var folder = Path.Combine(site.DataPath, "App_Data", "mail-pickup");
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(messageId + ".eml", Path.GetFileName(file));
        var written = await MimeMessage.LoadAsync(file);
        Assert.Equal(messageId, written.MessageId);
        Assert.Equal("Ihre Anfrage 1042: Drucker druckt nicht", written.Subject);
        var to = Assert.Single(written.To.Mailboxes);
        Assert.Equal(("Müller, Anna", "anna.muster@kunde.example"), (to.Name, to.Address));
        Assert.Equal("team@kunde.example", Assert.Single(written.Cc.Mailboxes).Address);
        Assert.Equal("support@muster.example", Assert.Single(written.ReplyTo.Mailboxes).Address);
        Assert.Equal(("Muster Service GmbH", "support@muster.example"), (written.From.Mailboxes.Single().Name, written.From.Mailboxes.Single().Address));
        Assert.Equal("1042", written.Headers["X-Helpdesk-Ticket"]);
        Assert.Equal("auto-generated", written.Headers["Auto-Submitted"]);
        Assert.Contains(TestMessages.Body, written.TextBody);
        Assert.Contains(TestMessages.Body, written.HtmlBody);
        var part = Assert.IsAssignableFrom<MimePart>(Assert.Single(written.Attachments));
        Assert.Equal("protokoll.txt", part.FileName);
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        Assert.Equal(attachment, content.ToArray());

        var row = await site.FindOutboxMessageAsync(messageId);
        Assert.Equal(OutboxState.Sent, row!.State);
        Assert.Equal(file, row.LastResponse);
    }
}
