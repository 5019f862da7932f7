using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Deliverability.Application.Contracts;

namespace PenguinMails.Deliverability.Application.EmailAccounts.GetEmailAccount;

public sealed record GetEmailAccountQuery(Guid Id) : IQuery<EmailAccountDto>;
