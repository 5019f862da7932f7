using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.GetSenders;

/// <summary>
/// The accounts among <see cref="Ids"/> that this tenant has, in the order asked, each with today's sends, its cap and
/// whether its domain is verified: a campaign's senders in one read. Ids it does not have are left out.
/// </summary>
public sealed record GetSendersQuery(IReadOnlyList<Guid> Ids) : IQuery<IReadOnlyList<SenderDto>>;

/// <summary>An account as a campaign's sender: what decides whether it may send now.</summary>
public sealed record SenderDto(
    Guid Id, string Email, string Status, int DailyCount, int DailySendCap, bool DomainVerified, DateTimeOffset? SendingPausedUntil, string? SendingError);
