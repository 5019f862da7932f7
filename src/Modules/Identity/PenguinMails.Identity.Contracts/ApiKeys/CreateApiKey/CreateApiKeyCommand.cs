using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.ApiKeys.CreateApiKey;

/// <summary>A key (shown once, in <c>token</c>) for a tenant whose plan has API access (403 otherwise).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record CreateApiKeyCommand(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? Expires = null) : ICommand<CreatedApiKeyDto>;
