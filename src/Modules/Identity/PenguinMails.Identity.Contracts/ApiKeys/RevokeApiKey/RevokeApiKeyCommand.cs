using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.ApiKeys.RevokeApiKey;

/// <summary>Revokes the key at once; the next request with it is 401.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand<Unit>;
