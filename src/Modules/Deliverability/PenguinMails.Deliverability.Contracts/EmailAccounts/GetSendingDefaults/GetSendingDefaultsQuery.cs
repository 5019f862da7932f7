using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.GetSendingDefaults;

/// <summary>The platform's sending defaults: the daily cap of an account without a limit of its own.</summary>
public sealed record GetSendingDefaultsQuery : IQuery<SendingDefaultsDto>;

public sealed record SendingDefaultsDto(int DailySendCap);
