using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Invitations.ListInvitations;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ListInvitationsQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<InvitationDto>>, IPagedQuery;
