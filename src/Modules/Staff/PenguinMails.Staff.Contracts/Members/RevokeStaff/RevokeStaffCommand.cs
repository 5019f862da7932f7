using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Members.RevokeStaff;

/// <summary>Ends a staff membership; the last super_admin stays.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record RevokeStaffCommand(Guid UserId) : ICommand<Unit>, ISecurityIncidentCommand<Unit>
{
    public SecurityIncident DescribeIncident(Unit response) => new("staff_revoked", UserId.ToString());
}
