using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Members.ListMembers;

namespace PenguinMails.Identity.Application.Members.ListMembers;

internal sealed class ListMembersQueryHandler(ICurrentTenant current, IMembershipRepository memberships)
    : IRequestHandler<ListMembersQuery, CursorPage<MemberDto>>
{
    public async Task<CursorPage<MemberDto>> Handle(ListMembersQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await memberships.ListMembersAsync(current.RequireTenantId(), after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, member => member, member => new CreatedPosition(member.Created, member.UserId).Encode());
    }
}
