using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts.Members.IsActiveMember;

namespace PenguinMails.Identity.Application.Members.IsActiveMember;

internal sealed class IsActiveMemberQueryHandler(ICurrentTenant current, IMembershipRepository memberships) : IRequestHandler<IsActiveMemberQuery, bool>
{
    public async Task<bool> Handle(IsActiveMemberQuery request, CancellationToken cancellationToken) =>
        await memberships.GetMemberAsync(current.RequireTenantId(), request.UserId, cancellationToken) is not null;
}
