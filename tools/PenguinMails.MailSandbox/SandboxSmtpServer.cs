using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PenguinMails.MailSandbox;

/// <summary>
/// An SMTP server on a loopback port that accepts every message, from any sender, for any recipient, with any login
/// (or none), and keeps each as an <c>.eml</c> file in <see cref="MailDirectory"/>: nothing leaves the machine.
/// </summary>
public sealed class SandboxSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly TextWriter _log;
    private int _kept;

    public SandboxSmtpServer(IPEndPoint endpoint, string mailDirectory, TextWriter log)
    {
        MailDirectory = Path.GetFullPath(mailDirectory);
        Directory.CreateDirectory(MailDirectory);
        _log = log;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sandbox.test")
            .Endpoint(e => e.Endpoint(endpoint).AllowUnsecureAuthentication())
            .Build();
        var services = new ServiceProvider();
        services.Add(new KeepAsFile(this));
        services.Add(new AnyLogin());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public string MailDirectory { get; }

    /// <summary>Ends when the server stops, or faults when it could not listen.</summary>
    public Task Completion => _running;

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

    /// <summary>The whole message, after the envelope as a receiving server records it (Return-Path, Delivered-To).</summary>
    private async Task<string> KeepAsync(IMessageTransaction transaction, ReadOnlySequence<byte> message, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var name = $"{now.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Interlocked.Increment(ref _kept):D6}.eml";
        var envelope = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Return-Path: <{transaction.From.AsAddress()}>\r\n");
        foreach (var to in transaction.To)
        {
            envelope.Append(CultureInfo.InvariantCulture, $"Delivered-To: {to.AsAddress()}\r\n");
        }

        // Written aside and then renamed, so a reader never sees half a message.
        var partial = Path.Combine(MailDirectory, "." + name + ".partial");
        await using (var file = File.Create(partial))
        {
            await file.WriteAsync(Encoding.ASCII.GetBytes(envelope.ToString()), cancellationToken);
            foreach (var segment in message)
            {
                await file.WriteAsync(segment, cancellationToken);
            }
        }

        var path = Path.Combine(MailDirectory, name);
        File.Move(partial, path);
        await _log.WriteLineAsync($"smtp: kept {name}: {transaction.From.AsAddress()} -> {string.Join(", ", transaction.To.Select(t => t.AsAddress()))}");
        return path;
    }

    private sealed class KeepAsFile(SandboxSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var path = await server.KeepAsync(transaction, buffer, cancellationToken);
            return new SmtpResponse(SmtpReplyCode.Ok, $"kept as {Path.GetFileName(path)}");
        }
    }

    private sealed class AnyLogin : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) => Task.FromResult(true);
    }
}
