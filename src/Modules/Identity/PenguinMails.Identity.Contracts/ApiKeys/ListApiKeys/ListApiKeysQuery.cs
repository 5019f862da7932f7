using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.ApiKeys.ListApiKeys;

/// <summary>The tenant's keys, oldest first, revoked ones included; never their secrets.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ListApiKeysQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<ApiKeyDto>>, IPagedQuery;
