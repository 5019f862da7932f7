using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MimeKit;
using PenguinMails.Deliverability.Application.Mail;

namespace PenguinMails.Deliverability.Infrastructure.Mail;

/// <summary>
/// Open SMTP sessions kept for the next e-mail of the same login: connect, TLS and AUTH once per session rather than
/// once per e-mail, as mail servers expect of a sender. A session goes back only after an e-mail it delivered; one
/// idle past <c>idle</c>, or that carried <c>maxMessages</c>, is closed with QUIT. Keyed by the whole login (the
/// password by its hash), so a changed setting or password opens a new session and the old one ages out.
/// </summary>
internal sealed class SmtpSessionPool : IAsyncDisposable
{
    // More idle sessions per login than the engine ever sends in parallel from one account.
    private const int MaxIdlePerLogin = 4;
    private readonly ConcurrentDictionary<SmtpLogin, ConcurrentStack<SmtpSession>> _idle = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _idleLimit;
    private readonly int _maxMessages;
    private readonly ITimer _sweeper;

    public SmtpSessionPool(TimeProvider clock, TimeSpan idle, int maxMessages)
    {
        _clock = clock;
        _idleLimit = idle;
        _maxMessages = maxMessages;
        _sweeper = clock.CreateTimer(_ => Sweep(), null, idle, idle);
    }

    /// <summary>An idle, still connected session of this login, or null.</summary>
    public SmtpSession? Rent(SmtpLogin login)
    {
        if (!_idle.TryGetValue(login, out var sessions))
        {
            return null;
        }

        while (sessions.TryPop(out var session))
        {
            if (session.Client.IsConnected && _clock.GetUtcNow() - session.IdleSince < _idleLimit)
            {
                return session;
            }

            Close(session);
        }

        return null;
    }

    public void Return(SmtpLogin login, SmtpSession session)
    {
        var sessions = _idle.GetOrAdd(login, _ => new ConcurrentStack<SmtpSession>());
        if (_idleLimit <= TimeSpan.Zero || session.Sent >= _maxMessages || !session.Client.IsConnected || sessions.Count >= MaxIdlePerLogin)
        {
            Close(session);
            return;
        }

        session.IdleSince = _clock.GetUtcNow();
        sessions.Push(session);
    }

    /// <summary>Ends the session politely, without making the caller wait for the server's goodbye.</summary>
    public static void Close(SmtpSession session) => _ = QuitAsync(session.Client);

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        var closing = new List<Task>();
        foreach (var sessions in _idle.Values)
        {
            while (sessions.TryPop(out var session))
            {
                closing.Add(QuitAsync(session.Client));
            }
        }

        await Task.WhenAll(closing);
    }

    private void Sweep()
    {
        var now = _clock.GetUtcNow();
        foreach (var (login, sessions) in _idle)
        {
            var kept = new List<SmtpSession>();
            while (sessions.TryPop(out var session))
            {
                if (session.Client.IsConnected && now - session.IdleSince < _idleLimit)
                {
                    kept.Add(session);
                }
                else
                {
                    Close(session);
                }
            }

            if (kept.Count == 0)
            {
                _idle.TryRemove(KeyValuePair.Create(login, sessions));
            }

            foreach (var session in Enumerable.Reverse(kept))
            {
                sessions.Push(session);
            }
        }
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException)
        {
            // The server had gone already: nothing to say goodbye to.
        }
        finally
        {
            client.Dispose();
        }
    }
}

/// <summary>Whom a session is logged in as. Never the password itself: its hash tells two logins apart.</summary>
internal readonly record struct SmtpLogin(string Host, int Port, string Security, string Username, string PasswordHash)
{
    public static SmtpLogin Of(SmtpAccount account) => new(
        account.Host.ToLowerInvariant(), account.Port, account.Security, account.Username,
        account.Password is null ? string.Empty : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.Password))));
}

/// <summary>One SMTP session and what the pool needs to know of it.</summary>
internal sealed class SmtpSession(CheckedSmtpClient client)
{
    public CheckedSmtpClient Client { get; } = client;

    public int Sent { get; set; }

    public DateTimeOffset IdleSince { get; set; }
}

/// <summary>
/// MailKit's client with the caller's check between the accepted recipient and DATA: MailKit reads the RCPT replies
/// (pipelined or not) before it sends DATA, so <see cref="DataStarted"/> is true exactly when DATA may have gone.
/// </summary>
internal sealed class CheckedSmtpClient : SmtpClient
{
    private Func<bool>? _beforeData;

    public bool DataStarted { get; private set; }

    /// <summary>Readies the session for its next message, with that message's check.</summary>
    public void NextMessage(Func<bool>? beforeData)
    {
        _beforeData = beforeData;
        DataStarted = false;
    }

    protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        base.OnRecipientAccepted(message, mailbox, response);
        bool proceed;
        try
        {
            proceed = _beforeData?.Invoke() ?? true;
        }
        catch (Exception failure)
        {
            throw new DeliveryStoppedException($"Not sent: the before-DATA record failed ({failure.GetType().Name}).");
        }

        if (!proceed)
        {
            throw new DeliveryStoppedException("Not sent: the e-mail was stopped before DATA.");
        }

        DataStarted = true;
    }
}

internal sealed class DeliveryStoppedException(string message) : Exception(message);
