using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.ClaimSend;

/// <summary>
/// For the sending engine (in-process, no route): counts one send against the account's UTC day before the
/// message goes out. Refused with 409 <c>daily-cap-reached</c> once the day's cap (Deliverability:DailySendCap)
/// is used, and <c>email-account-not-sending</c> unless the account is active or warming. A warm-up send also
/// records <c>last_warmed</c>.
/// </summary>
public sealed record ClaimSendCommand(Guid EmailAccountId, bool IsWarmup = false) : ICommand<SendClaimDto>;
