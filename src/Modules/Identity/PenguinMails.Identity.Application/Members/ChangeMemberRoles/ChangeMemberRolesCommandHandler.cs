using MediatR;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Members.ChangeMemberRoles;

namespace PenguinMails.Identity.Application.Members.ChangeMemberRoles;

internal sealed class ChangeMemberRolesCommandHandler(ICurrentTenant current, IMembershipRepository memberships, IUnitOfWork unitOfWork, TimeProvider clock)
    : IRequestHandler<ChangeMemberRolesCommand, MemberDto>
{
    public async Task<MemberDto> Handle(ChangeMemberRolesCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var membership = await memberships.GetActiveAsync(tenantId, request.UserId, cancellationToken);
        MemberRules.EnsureMayManage(current.Roles, membership.Roles);
        MemberRules.EnsureMayGrant(current.Roles, request.Roles);
        membership.ChangeRoles(request.Roles, await memberships.CountActiveOwnersAsync(tenantId, cancellationToken), clock.GetUtcNow());
        await unitOfWork.FlushAsync(cancellationToken);
        return (await memberships.GetMemberAsync(tenantId, request.UserId, cancellationToken))!;
    }
}
