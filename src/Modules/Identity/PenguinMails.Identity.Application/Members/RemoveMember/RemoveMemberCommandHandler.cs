using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts.Members.RemoveMember;

namespace PenguinMails.Identity.Application.Members.RemoveMember;

internal sealed class RemoveMemberCommandHandler(ICurrentTenant current, ICurrentUser caller, IMembershipRepository memberships, TimeProvider clock)
    : IRequestHandler<RemoveMemberCommand, Unit>
{
    public async Task<Unit> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var membership = await memberships.GetActiveAsync(tenantId, request.UserId, cancellationToken);
        if (request.UserId != caller.RequireUserId())
        {
            MemberRules.EnsureMayManage(current.Roles, membership.Roles);
        }

        membership.Remove(await memberships.CountActiveOwnersAsync(tenantId, cancellationToken), clock.GetUtcNow());

        return Unit.Value;
    }
}
