using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PenguinMails.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package, in-process) that keeps every message it accepts. It can ask
/// for a password, refuse recipients for good (550) or for now (451), and cut the connection after DATA.
/// </summary>
public sealed class SmtpSandbox : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly ConcurrentQueue<ISessionContext> _open = new();
    private int _sessions;

    public SmtpSandbox(string? username = null, string? password = null)
    {
        Port = FreePort();
        Username = username;
        Password = password;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sandbox.test")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(username is not null).AuthenticationRequired(username is not null))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Mailboxes(this));
        services.Add(new Users(this));
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, session) =>
        {
            Interlocked.Increment(ref _sessions);
            _open.Enqueue(session.Context);
        };
        _running = server.StartAsync(_stop.Token);
    }

    /// <summary>SMTP sessions clients opened so far.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>Closes every session open now, as a server does to sessions idle too long.</summary>
    public void DropSessions()
    {
        while (_open.TryDequeue(out var session))
        {
            session.Pipe.Input.CancelPendingRead();
            session.Pipe.Output.Complete();
        }
    }

    public int Port { get; }

    public string? Username { get; }

    public string? Password { get; }

    /// <summary>Recipients refused for good: 550.</summary>
    public ConcurrentDictionary<string, bool> Rejected { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recipients refused for now: 451.</summary>
    public ConcurrentDictionary<string, bool> Deferred { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recipients whose message is kept and then the connection cut before the reply to DATA: the sender cannot know it arrived.</summary>
    public ConcurrentDictionary<string, bool> DropAfterData { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Awaited after a message is kept and before the server answers its DATA: a test does something in that moment.</summary>
    public Func<Task>? BeforeDataReply { get; set; }

    public IReadOnlyCollection<MimeMessage> Messages => _messages;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Store(SmtpSandbox sandbox) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            sandbox._messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            if (sandbox.BeforeDataReply is { } hold)
            {
                await hold();
            }
            if (transaction.To.Any(to => sandbox.DropAfterData.ContainsKey(to.AsAddress())))
            {
                context.Pipe.Input.Complete();
                context.Pipe.Output.Complete();
                throw new IOException("The sandbox cut the connection after DATA.");
            }

            return SmtpResponse.Ok;
        }
    }

    private sealed class Mailboxes(SmtpSandbox sandbox) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            var address = to.AsAddress();
            if (sandbox.Deferred.ContainsKey(address))
            {
                throw new SmtpResponseException(new SmtpResponse(SmtpReplyCode.Aborted, "4.2.1 Mailbox busy, try again later"));
            }

            return Task.FromResult(!sandbox.Rejected.ContainsKey(address));
        }
    }

    private sealed class Users(SmtpSandbox sandbox) : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == sandbox.Username && password == sandbox.Password);
    }
}
