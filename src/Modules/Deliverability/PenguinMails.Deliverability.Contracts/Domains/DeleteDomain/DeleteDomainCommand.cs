using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.Domains.DeleteDomain;

/// <summary>
/// Deletes the domain, its DKIM key and its e-mail accounts (with their passwords). A domain with accounts is only
/// deleted with <paramref name="Confirm"/>, so a click cannot silently take mailboxes with it.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record DeleteDomainCommand(Guid Id, bool Confirm = false) : ICommand<Unit>;
