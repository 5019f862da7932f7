using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Members.ListMembers;

/// <summary>The tenant's active members, oldest first, one cursor page at a time. Any member may list them.</summary>
public sealed record ListMembersQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<MemberDto>>, IPagedQuery;
