using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.DeleteEmailAccount;

/// <summary>Deletes the account and its stored password. An account a campaign step still sends from is refused (409).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record DeleteEmailAccountCommand(Guid Id) : ICommand<Unit>;
