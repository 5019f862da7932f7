using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;

public sealed record GetEmailAccountQuery(Guid Id) : IQuery<EmailAccountDto>;
