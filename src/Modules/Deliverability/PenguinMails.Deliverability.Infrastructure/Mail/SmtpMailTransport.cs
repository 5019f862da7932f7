using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.OpenSsl;
using PenguinMails.Deliverability.Application.Mail;

namespace PenguinMails.Deliverability.Infrastructure.Mail;

/// <summary>
/// One SMTP session per e-mail with MailKit: connect (TLS as the account says), authenticate, send, quit. Every
/// failure is an outcome naming the stage and the server's code; nothing the server says is logged with a secret.
/// </summary>
internal sealed class SmtpMailTransport : IMailDelivery
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // The headers a DKIM signature covers besides the caller's own (List-Unsubscribe and its Post, for one).
    private static readonly HeaderId[] SignedHeaders = [HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId];

    // Parsing a PEM key validates its modulus with a probable-prime test, the costliest step of an e-mail: each
    // domain's key is parsed once. Keyed by the PEM's hash, so a rotated key is a new entry; bounded by a reset.
    private const int MaxCachedKeys = 10_000;
    private readonly ConcurrentDictionary<string, AsymmetricKeyParameter> _dkimKeys = new();

    public async Task<DeliveryOutcome> SendAsync(SmtpAccount account, OutgoingEmail email, CancellationToken cancellationToken, Func<bool>? beforeData = null)
    {
        var message = Compose(email);
        using var client = new CheckedSmtpClient(beforeData) { Timeout = (int)Timeout.TotalMilliseconds };
        var stage = DeliveryStages.Connect;
        try
        {
            await client.ConnectAsync(account.Host, account.Port, SocketOptions(account.Security), cancellationToken);
            if (account.Password is not null && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            {
                stage = DeliveryStages.Auth;
                await client.AuthenticateAsync(account.Username, account.Password, cancellationToken);
            }

            stage = DeliveryStages.Data;
            var reply = await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return new DeliveryOutcome(true, reply, DataStarted: true);
        }
        catch (DeliveryStoppedException stopped)
        {
            return new DeliveryOutcome(false, stopped.Message, DeliveryStages.Aborted, Aborted: true);
        }
        catch (SmtpCommandException refused)
        {
            var at = refused.ErrorCode switch
            {
                SmtpErrorCode.SenderNotAccepted => DeliveryStages.Sender,
                SmtpErrorCode.RecipientNotAccepted => DeliveryStages.Recipient,
                _ => DeliveryStages.Data,
            };
            return new DeliveryOutcome(false, refused.Message, at, (int)refused.StatusCode, client.DataStarted);
        }
        catch (AuthenticationException denied)
        {
            return new DeliveryOutcome(false, denied.Message, DeliveryStages.Auth, denied.InnerException is SmtpCommandException { StatusCode: var code } ? (int)code : null);
        }
        catch (SslHandshakeException tls)
        {
            return new DeliveryOutcome(false, tls.Message.Split('\n')[0], DeliveryStages.Tls);
        }
        catch (SmtpProtocolException broken)
        {
            return new DeliveryOutcome(false, broken.Message, stage == DeliveryStages.Connect ? DeliveryStages.Connect : DeliveryStages.Protocol, DataStarted: client.DataStarted);
        }
        catch (Exception unreachable) when (unreachable is SocketException or IOException or TimeoutException or NotSupportedException
            || (unreachable is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryOutcome(false, unreachable.Message, stage, DataStarted: client.DataStarted);
        }
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
            var signer = new DkimSigner(PrivateKey(dkim.PrivateKeyPem), dkim.Domain, dkim.Selector)
            {
                HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            };
            message.Prepare(EncodingConstraint.SevenBit);
            signer.Sign(message, [.. SignedHeaders.Select(h => h.ToHeaderName()), .. email.Headers.Select(h => h.Key)]);
        }

        return message;
    }

    private AsymmetricKeyParameter PrivateKey(string pem)
    {
        if (_dkimKeys.Count >= MaxCachedKeys)
        {
            _dkimKeys.Clear();
        }

        return _dkimKeys.GetOrAdd(Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(pem))), _ =>
        {
            using var reader = new StringReader(pem);
            return new PemReader(reader).ReadObject() switch
            {
                AsymmetricCipherKeyPair pair => pair.Private,
                AsymmetricKeyParameter { IsPrivate: true } key => key,
                _ => throw new FormatException("The DKIM key is not a PEM private key."),
            };
        });
    }

    /// <summary>
    /// MailKit's client with the caller's check between the accepted recipient and DATA: MailKit reads the RCPT replies
    /// (pipelined or not) before it sends DATA, so <see cref="DataStarted"/> is true exactly when DATA may have gone.
    /// </summary>
    private sealed class CheckedSmtpClient(Func<bool>? beforeData) : SmtpClient
    {
        public bool DataStarted { get; private set; }

        protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
        {
            base.OnRecipientAccepted(message, mailbox, response);
            bool proceed;
            try
            {
                proceed = beforeData?.Invoke() ?? true;
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

    private sealed class DeliveryStoppedException(string message) : Exception(message);
}
