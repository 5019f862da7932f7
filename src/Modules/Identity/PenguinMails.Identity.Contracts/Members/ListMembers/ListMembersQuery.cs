using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Identity.Contracts.Members.ListMembers;

/// <summary>The tenant's active members, oldest first, one cursor page at a time. Any member may list them.</summary>
public sealed record ListMembersQuery(int Limit = PageLimits.Default, string? Cursor = null) : IQuery<CursorPage<MemberDto>>, IPagedQuery;
