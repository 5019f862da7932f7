using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Members.GrantStaff;

/// <summary>Makes the account with this address a staff member with the named role.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record GrantStaffCommand(string Email, string Role, string? Notes = null) : ICommand<StaffMemberDto>, ISecurityIncidentCommand<StaffMemberDto>
{
    public SecurityIncident DescribeIncident(StaffMemberDto response) => new("staff_granted", response.UserId.ToString());
}
