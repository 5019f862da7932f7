using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.OpenSsl;
using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Application.Mail;

namespace PenguinMails.Deliverability.Infrastructure.Mail;

/// <summary>
/// E-mails over SMTP with MailKit: a session per login kept open between e-mails (<see cref="SmtpSessionPool"/>),
/// opened by connecting to an address <see cref="MailHostGuard"/> allowed, TLS as the account says, and AUTH. Every
/// failure is an outcome naming the stage and the server's code; nothing the server says is logged with a secret.
/// </summary>
internal sealed class SmtpMailTransport(MailHostGuard hosts, IOptions<DeliverabilityOptions> options, TimeProvider clock) : IMailDelivery, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // The headers a DKIM signature covers besides the caller's own (List-Unsubscribe and its Post, for one).
    private static readonly HeaderId[] SignedHeaders = [HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId];

    // Parsing a PEM key validates its modulus with a probable-prime test, the costliest step of an e-mail: each
    // domain's key is parsed once. Keyed by the PEM's hash, so a rotated key is a new entry; bounded by a reset.
    private const int MaxCachedKeys = 10_000;
    private readonly ConcurrentDictionary<string, (AsymmetricKeyParameter Key, byte[] Pkcs8)> _dkimKeys = new();

    private readonly SmtpSessionPool _sessions = new(
        clock, TimeSpan.FromSeconds(options.Value.SmtpSessionIdleSeconds), options.Value.SmtpMessagesPerSession);

    public async Task<DeliveryOutcome> SendAsync(SmtpAccount account, OutgoingEmail email, CancellationToken cancellationToken, Func<bool>? beforeData = null)
    {
        var message = Compose(email);
        var login = SmtpLogin.Of(account);
        while (_sessions.Rent(login) is { } idle)
        {
            var (outcome, usable, stale) = await DeliverAsync(idle, account, message, beforeData, cancellationToken);
            if (usable)
            {
                _sessions.Return(login, idle);
                return outcome;
            }

            SmtpSessionPool.Close(idle);
            if (!stale)
            {
                return outcome;
            }

            // The server closed the session while it idled, and nothing reached DATA: a fresh session takes the e-mail.
        }

        var session = new SmtpSession(new CheckedSmtpClient { Timeout = (int)Timeout.TotalMilliseconds });
        var (result, reusable, _) = await DeliverAsync(session, account, message, beforeData, cancellationToken);
        if (reusable)
        {
            _sessions.Return(login, session);
        }
        else
        {
            SmtpSessionPool.Close(session);
        }

        return result;
    }

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    /// <summary>
    /// One message over <paramref name="session"/>, connecting and logging in first when it is new. Usable: the
    /// session may carry the next message. Stale: a kept session failed before DATA the way a closed one does.
    /// </summary>
    private async Task<(DeliveryOutcome Outcome, bool Usable, bool Stale)> DeliverAsync(
        SmtpSession session, SmtpAccount account, MimeMessage message, Func<bool>? beforeData, CancellationToken cancellationToken)
    {
        var client = session.Client;
        client.NextMessage(beforeData);
        var kept = client.IsConnected;
        var stage = kept ? DeliveryStages.Data : DeliveryStages.Connect;
        try
        {
            if (!kept)
            {
                await ConnectAsync(client, account, cancellationToken);
                if (account.Password is not null && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
                {
                    stage = DeliveryStages.Auth;
                    await client.AuthenticateAsync(account.Username, account.Password, cancellationToken);
                }
            }

            stage = DeliveryStages.Data;
            var reply = await client.SendAsync(message, cancellationToken);
            session.Sent++;
            return (new DeliveryOutcome(true, reply, DataStarted: true), true, false);
        }
        catch (DeliveryStoppedException stopped)
        {
            return (new DeliveryOutcome(false, stopped.Message, DeliveryStages.Aborted, Aborted: true), false, false);
        }
        catch (MailHostRefusedException refused)
        {
            return (new DeliveryOutcome(false, refused.Message, DeliveryStages.Connect), false, false);
        }
        catch (SmtpCommandException refused)
        {
            var at = refused.ErrorCode switch
            {
                SmtpErrorCode.SenderNotAccepted => DeliveryStages.Sender,
                SmtpErrorCode.RecipientNotAccepted => DeliveryStages.Recipient,
                _ => DeliveryStages.Data,
            };
            // 421: the server is closing the channel, as it does to a session idle too long.
            var stale = kept && !client.DataStarted && refused.StatusCode == SmtpStatusCode.ServiceNotAvailable;
            return (new DeliveryOutcome(false, refused.Message, at, (int)refused.StatusCode, client.DataStarted), false, stale);
        }
        catch (AuthenticationException denied)
        {
            return (new DeliveryOutcome(false, denied.Message, DeliveryStages.Auth, denied.InnerException is SmtpCommandException { StatusCode: var code } ? (int)code : null), false, false);
        }
        catch (SslHandshakeException tls)
        {
            return (new DeliveryOutcome(false, tls.Message.Split('\n')[0], DeliveryStages.Tls), false, false);
        }
        catch (SmtpProtocolException broken)
        {
            var at = stage == DeliveryStages.Connect ? DeliveryStages.Connect : DeliveryStages.Protocol;
            return (new DeliveryOutcome(false, broken.Message, at, DataStarted: client.DataStarted), false, kept && !client.DataStarted);
        }
        catch (Exception unreachable) when (unreachable is SocketException or IOException or TimeoutException or NotSupportedException or ServiceNotConnectedException
            || (unreachable is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (new DeliveryOutcome(false, unreachable.Message, stage, DataStarted: client.DataStarted), false, kept && !client.DataStarted);
        }
    }

    /// <summary>A TCP connection to the first allowed address of the host that answers, then SMTP (and TLS) over it.</summary>
    private async Task ConnectAsync(CheckedSmtpClient client, SmtpAccount account, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        SocketException? last = null;
        foreach (var address in await hosts.ResolveAsync(account.Host, timeout.Token))
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, account.Port), timeout.Token);
            }
            catch (SocketException failed)
            {
                socket.Dispose();
                last = failed;
                continue;
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            // MailKit owns the socket from here (and disposes it with the client), and checks TLS against the host's name.
            await client.ConnectAsync(socket, account.Host, account.Port, SocketOptions(account.Security), cancellationToken);
            return;
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private static SecureSocketOptions SocketOptions(string security) => security switch
    {
        "ssl" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    private MimeMessage Compose(OutgoingEmail email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = DateTimeOffset.UtcNow,
            MessageId = email.MessageId.Trim('<', '>'),
            Body = new TextPart("plain") { Text = email.TextBody },
        };
        message.From.Add(new MailboxAddress(email.FromName ?? string.Empty, email.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        foreach (var (name, value) in email.Headers)
        {
            message.Headers.Add(name, value);
        }

        if (email.Dkim is { } dkim)
        {
            var (key, pkcs8) = PrivateKey(dkim.PrivateKeyPem);
            var signer = new OpenSslDkimSigner(key, pkcs8, dkim.Domain, dkim.Selector)
            {
                HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            };
            message.Prepare(EncodingConstraint.SevenBit);
            signer.Sign(message, [.. SignedHeaders.Select(h => h.ToHeaderName()), .. email.Headers.Select(h => h.Key)]);
        }

        return message;
    }

    private (AsymmetricKeyParameter Key, byte[] Pkcs8) PrivateKey(string pem)
    {
        if (_dkimKeys.Count >= MaxCachedKeys)
        {
            _dkimKeys.Clear();
        }

        return _dkimKeys.GetOrAdd(Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(pem))), _ =>
        {
            using var reader = new StringReader(pem);
            var key = new PemReader(reader).ReadObject() switch
            {
                AsymmetricCipherKeyPair pair => pair.Private,
                AsymmetricKeyParameter { IsPrivate: true } only => only,
                _ => throw new FormatException("The DKIM key is not a PEM private key."),
            };
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return (key, rsa.ExportPkcs8PrivateKey());
        });
    }
}
