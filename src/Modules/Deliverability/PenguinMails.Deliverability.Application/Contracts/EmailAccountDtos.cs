using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Contracts;

/// <summary>
/// A sending account. Its password is in the secret store and never leaves it: <c>hasPassword</c> says one is kept.
/// <c>dailyCount</c> is today's (UTC) sends, <c>dailySendCap</c> how many a day allows.
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
    DateTimeOffset Created,
    DateTimeOffset Updated);

/// <summary>A send counted against the account's day.</summary>
public sealed record SendClaimDto(Guid EmailAccountId, int DailyCount, int DailySendCap);

internal static class EmailAccountMapping
{
    public static EmailAccountDto ToDto(this EmailAccount account, DateOnly today, int cap) => new(
        account.Id,
        account.DomainId,
        account.Email,
        account.Provider,
        account.SmtpSettings,
        account.ImapSettings,
        account.VaultKeyPath is not null,
        account.Status,
        account.LastWarmed,
        account.SentOn(today),
        cap,
        account.Created,
        account.Updated);
}

/// <summary>The values of <see cref="EmailAccountDto.Status"/>, for modules that read it (they never copy the strings).</summary>
public static class EmailAccountStatuses
{
    public const string Active = EmailAccountStatus.Active;
}
