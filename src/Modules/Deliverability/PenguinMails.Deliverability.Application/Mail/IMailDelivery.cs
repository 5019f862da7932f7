namespace PenguinMails.Deliverability.Application.Mail;

/// <summary>Delivers one e-mail to an SMTP server: the outcome, never an exception for what the server or network did.</summary>
internal interface IMailDelivery
{
    /// <summary>
    /// Sends <paramref name="email"/>; <paramref name="beforeData"/>, when given, is asked once the recipient was accepted
    /// and before DATA, and a false (or a throw) ends the session without handing the message over.
    /// </summary>
    Task<DeliveryOutcome> SendAsync(SmtpAccount account, OutgoingEmail email, CancellationToken cancellationToken, Func<bool>? beforeData = null);
}

/// <summary>Where and as whom to send: an account's SMTP settings and its password from the secret store.</summary>
internal sealed record SmtpAccount(string Host, int Port, string Security, string Username, string? Password)
{
    /// <summary>Never the password: records print themselves in logs and test output.</summary>
    public override string ToString() => $"SmtpAccount {{ {Username}@{Host}:{Port} ({Security}) }}";
}

/// <summary>
/// An e-mail to write and send. <paramref name="Headers"/> are added as given; <paramref name="Dkim"/>, when set, signs
/// the From, To, Subject, Date, Message-ID and these headers with the sending domain's key.
/// </summary>
internal sealed record OutgoingEmail(
    string FromAddress,
    string? FromName,
    string To,
    string Subject,
    string TextBody,
    string MessageId,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    DkimKey? Dkim);

internal sealed record DkimKey(string Domain, string Selector, string PrivateKeyPem)
{
    public override string ToString() => $"DkimKey {{ {Selector}._domainkey.{Domain} }}";
}

/// <summary>
/// The server's answer to a delivery, or where it failed (see <see cref="DeliveryStages"/>); whether DATA was begun,
/// and whether the caller's before-DATA check stopped it.
/// </summary>
internal sealed record DeliveryOutcome(bool Sent, string Reply, string? FailedAt = null, int? StatusCode = null, bool DataStarted = false, bool Aborted = false)
{
    /// <summary>A 4xx answer: the server may take it later.</summary>
    public bool IsTransient => StatusCode is >= 400 and < 500;
}

internal static class DeliveryStages
{
    public const string Connect = "connect";
    public const string Tls = "tls";
    public const string Auth = "auth";
    public const string Sender = "sender";
    public const string Recipient = "recipient";
    public const string Data = "data";
    public const string Aborted = "aborted";
    public const string Protocol = "protocol";
}
