using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Invitations.ListInvitations;

namespace PenguinMails.Identity.Application.Invitations.ListInvitations;

internal sealed class ListInvitationsQueryHandler(ICurrentTenant current, IInvitationRepository invitations, IMapper mapper)
    : IRequestHandler<ListInvitationsQuery, CursorPage<InvitationDto>>
{
    public async Task<CursorPage<InvitationDto>> Handle(ListInvitationsQuery request, CancellationToken cancellationToken)
    {
        var rows = await invitations.ListAsync(new InvitationsPageSpecification(current.RequireTenantId(), request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<InvitationDto>, invitation => new CreatedPosition(invitation.Created, invitation.Id).Encode());
    }
}
