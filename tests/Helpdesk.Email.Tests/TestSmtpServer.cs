using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;
using SmtpServerResponse = SmtpServer.Protocol.SmtpResponse;
using SmtpServerServices = SmtpServer.ComponentModel.ServiceProvider;

namespace Helpdesk.Email.Tests;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free 127.0.0.1 port. It can be created
/// before it starts, so a test can point the site at a server that is down.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly ConcurrentQueue<string> _logins = new();
    private CancellationTokenSource? _stop;
    private Task? _running;

    public TestSmtpServer()
    {
        Port = FreePort();
    }

    public int Port { get; }

    /// <summary>When set, the server only accepts mail after AUTH with this user name and <see cref="Password"/>.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>Answer every message with this instead of accepting it.</summary>
    public SmtpServerResponse? Refusal { get; init; }

    /// <summary>How long the server takes to accept each message.</summary>
    public TimeSpan DelayPerMessage { get; init; }

    public IReadOnlyList<MimeMessage> Received => _received.ToArray();

    public IReadOnlyList<string> Logins => _logins.ToArray();

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AllowUnsecureAuthentication(true)
                .AuthenticationRequired(UserName is not null))
            .Build();
        var services = new SmtpServerServices();
        services.Add(new CollectingStore(this));
        services.Add(new DelegatingUserAuthenticator(Authenticate));

        _stop = new CancellationTokenSource();
        _running = new SmtpServerHost(options, services).StartAsync(_stop.Token);
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }

        _stop.Dispose();
        _stop = null;
        _running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private bool Authenticate(string user, string password)
    {
        _logins.Enqueue($"{user}:{password}");

        return user == UserName && password == Password;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);

                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return port;
    }

    private sealed class CollectingStore(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpServerResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (server.Refusal is { } refusal)
            {
                return refusal;
            }

            await Task.Delay(server.DelayPerMessage, cancellationToken);
            using var stream = new MemoryStream(buffer.ToArray());
            server._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));

            return SmtpServerResponse.Ok;
        }
    }
}
