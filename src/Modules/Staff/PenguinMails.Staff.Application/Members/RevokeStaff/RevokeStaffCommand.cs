using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Members.RevokeStaff;

/// <summary>Ends a staff membership; the last super_admin stays.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record RevokeStaffCommand(Guid UserId) : ICommand<Unit>, ISecurityIncidentCommand<Unit>
{
    public SecurityIncident DescribeIncident(Unit response) => new("staff_revoked", UserId.ToString());
}

internal sealed class RevokeStaffCommandHandler(IStaffMemberRepository members) : IRequestHandler<RevokeStaffCommand, Unit>
{
    public async Task<Unit> Handle(RevokeStaffCommand request, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(request.UserId, cancellationToken) ?? throw NotFoundException.For("staff member", request.UserId);
        member.EnsureRemovable(await members.CountInRoleAsync(StaffRoleIds.SuperAdmin, cancellationToken));
        members.Remove(member);
        return Unit.Value;
    }
}
