using System.Net.Sockets;
using Helpdesk.Email.Models;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Helpdesk.Email.Delivery;

/// <summary>Sends through an SMTP server with MailKit, one connection per message.</summary>
public sealed class SmtpEmailDelivery : IEmailDelivery
{
    private readonly SmtpPasswordProtector _passwords;
    private readonly EmailOptions _options;

    public SmtpEmailDelivery(SmtpPasswordProtector passwords, IOptions<EmailOptions> options)
    {
        _passwords = passwords;
        _options = options.Value;
    }

    public EmailDeliveryMethod Method => EmailDeliveryMethod.Smtp;

    public async Task<EmailDeliveryResult> DeliverAsync(
        MimeMessage message,
        EmailSettings settings,
        CancellationToken cancellationToken)
    {
        if (settings.SmtpHost is not { Length: > 0 } host)
        {
            throw new EmailDeliveryException(EmailDeliveryFailure.NotConfigured, "No SMTP server is configured.");
        }

        var password = settings.SmtpPasswordProtected is null ? null : _passwords.Unprotect(settings.SmtpPasswordProtected);
        using var client = new SmtpClient { Timeout = (int)_options.SendTimeout.TotalMilliseconds };
        try
        {
            var response = await SendAsync(client, message, host, settings, password, cancellationToken);

            return new EmailDeliveryResult(Method, response);
        }
        catch (Exception exception) when (Translate(exception, settings) is { } translated)
        {
            throw translated;
        }
    }

    private static async Task<string> SendAsync(
        SmtpClient client,
        MimeMessage message,
        string host,
        EmailSettings settings,
        string? password,
        CancellationToken cancellationToken)
    {
        await client.ConnectAsync(host, settings.SmtpPort, SocketOptions(settings.SmtpTlsMode), cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, password ?? "", cancellationToken);
        }

        var response = await client.SendAsync(message, cancellationToken);
        await QuitQuietlyAsync(client);

        return response;
    }

    // The server has accepted the message; a failing QUIT must not make it look unsent and send it twice.
    private static async Task QuitQuietlyAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ProtocolException)
        {
            client.Dispose();
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private static EmailDeliveryException? Translate(Exception exception, EmailSettings settings)
    {
        var server = $"{settings.SmtpHost}:{settings.SmtpPort}";

        return exception switch
        {
            SmtpCommandException command => new EmailDeliveryException(
                EmailDeliveryFailure.Rejected,
                $"The SMTP server {server} refused the message: {(int)command.StatusCode} {command.Message}",
                isPermanent: (int)command.StatusCode >= 500,
                exception),
            AuthenticationException => new EmailDeliveryException(
                EmailDeliveryFailure.AuthenticationFailed,
                $"The SMTP server {server} did not accept the user name and password: {exception.Message}",
                isPermanent: false,
                exception),
            SslHandshakeException or NotSupportedException => new EmailDeliveryException(
                EmailDeliveryFailure.SecureConnectionFailed,
                $"No secure connection to the SMTP server {server}: {exception.Message}",
                isPermanent: false,
                exception),
            SocketException or IOException or ProtocolException or ServiceNotConnectedException => new EmailDeliveryException(
                EmailDeliveryFailure.ConnectionFailed,
                $"The SMTP server {server} could not be reached: {exception.Message}",
                isPermanent: false,
                exception),
            _ => null,
        };
    }
}
