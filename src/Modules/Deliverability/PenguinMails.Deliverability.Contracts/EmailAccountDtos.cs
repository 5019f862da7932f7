namespace PenguinMails.Deliverability.Contracts;

/// <summary>
/// A sending account. Its password is in the secret store and never leaves it: <c>hasPassword</c> says one is kept.
/// <c>dailyCount</c> is today's (UTC) sends, <c>dailySendCap</c> how many a day allows: its own <c>dailyLimit</c>, or
/// the platform's default when that is null. Two of its sends are at least <c>minGapSeconds</c> apart, plus a random
/// part of up to <c>randomGapSeconds</c>. After a connection or authentication failure its sending pauses until
/// <c>sendingPausedUntil</c> (doubling per failure in a row), with <c>sendingError</c> saying what failed; a change to
/// the account resumes it.
/// </summary>
public sealed record EmailAccountDto(
    Guid Id,
    Guid? DomainId,
    string Email,
    string Provider,
    MailServerSettings? SmtpSettings,
    MailServerSettings? ImapSettings,
    bool HasPassword,
    string Status,
    DateTimeOffset? LastWarmed,
    int DailyCount,
    int DailySendCap,
    int? DailyLimit,
    int MinGapSeconds,
    int RandomGapSeconds,
    DateTimeOffset? SendingPausedUntil,
    string? SendingError,
    DateTimeOffset Created,
    DateTimeOffset Updated);

/// <summary>
/// What a test send did. <c>sent</c>: the server accepted it, with <c>reply</c> its answer and <c>messageId</c> the
/// e-mail's Message-ID. Otherwise <c>failedAt</c> says where (connect, tls, auth, sender, recipient, data, protocol),
/// <c>statusCode</c> the SMTP code when the server answered one, and <c>reply</c> what it said or why it could not.
/// </summary>
public sealed record TestEmailResultDto(bool Sent, string MessageId, string Reply, string? FailedAt, int? StatusCode);

/// <summary>A send counted against the account's day.</summary>
public sealed record SendClaimDto(Guid EmailAccountId, int DailyCount, int DailySendCap);

/// <summary>
/// The values of <see cref="EmailAccountDto.Status"/>, for clients and modules that read or send it (they never copy
/// the strings). The domain's own vocabulary is checked against these by a test.
/// </summary>
public static class EmailAccountStatuses
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Disabled = "disabled";
    public const string Warming = "warming";
}

/// <summary>The values of <see cref="EmailAccountDto.Provider"/> the platform provisions itself.</summary>
public static class EmailProviders
{
    public const string Mailu = "mailu";
}
