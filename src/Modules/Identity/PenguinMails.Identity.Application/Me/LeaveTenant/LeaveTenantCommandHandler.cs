using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts.Me.LeaveTenant;

namespace PenguinMails.Identity.Application.Me.LeaveTenant;

internal sealed class LeaveTenantCommandHandler(ICurrentUser current, ICallerContext caller, IMembershipRepository memberships, TimeProvider clock)
    : IRequestHandler<LeaveTenantCommand, Unit>
{
    public async Task<Unit> Handle(LeaveTenantCommand request, CancellationToken cancellationToken)
    {
        var userId = current.RequireUserId();
        await caller.ActAsAsync(userId, request.TenantId, [], cancellationToken);
        var membership = await memberships.GetActiveAsync(request.TenantId, userId, cancellationToken);
        membership.Remove(await memberships.CountActiveOwnersAsync(request.TenantId, cancellationToken), clock.GetUtcNow());
        return Unit.Value;
    }
}
