using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.DeliverEmail;

/// <summary>
/// Sends one e-mail through the account's SMTP server, DKIM-signed with its domain's key (the sending engine's
/// delivery; platform work, never a request). <paramref name="Headers"/> are added and signed. The server is asked to
/// take the message only after <paramref name="BeforeData"/> said yes, once the recipient was accepted: the caller
/// records there that the attempt reached DATA, or refuses when the e-mail must no longer go. A connection,
/// TLS, authentication or sender failure pauses the account's sending with back-off. Holds no transaction while
/// it talks to the server.
/// </summary>
public sealed record DeliverEmailCommand(
    Guid EmailAccountId,
    string To,
    string Subject,
    string TextBody,
    string MessageId,
    string? FromName,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    Func<bool> BeforeData) : ICommand<DeliveryResultDto>, IOutsideUnitOfWork;

/// <summary>
/// How a delivery ended (<see cref="DeliveryOutcomes"/>): the server's <c>reply</c>, the stage that failed, its SMTP
/// code, and whether DATA was begun (after which a lost connection leaves the outcome unknown).
/// </summary>
public sealed record DeliveryResultDto(string Outcome, string Reply, string? FailedAt, int? StatusCode, bool DataStarted);

/// <summary>The values of <see cref="DeliveryResultDto.Outcome"/>.</summary>
public static class DeliveryOutcomes
{
    /// <summary>The server took the message.</summary>
    public const string Sent = "sent";

    /// <summary>A 4xx answer: try again later.</summary>
    public const string Deferred = "deferred";

    /// <summary>A 5xx answer to the recipient or the message: a hard bounce.</summary>
    public const string Rejected = "rejected";

    /// <summary>The account could not send (connection, TLS, authentication, sender refused): nothing reached the recipient.</summary>
    public const string AccountFailure = "account_failure";

    /// <summary>The connection failed before DATA: the message was not handed over, and may be sent again.</summary>
    public const string NotSent = "not_sent";

    /// <summary>The caller's <c>BeforeData</c> said no: the session ended before DATA.</summary>
    public const string Aborted = "aborted";

    /// <summary>The connection was lost after DATA began without the server's answer: it may or may not have been taken.</summary>
    public const string Unknown = "unknown";
}
