using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Roles.DeleteRole;

/// <summary>Deletes a role no staff member holds; the reference roles stay.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record DeleteRoleCommand(int Id) : ICommand<Unit>, ISecurityIncidentCommand<Unit>
{
    public SecurityIncident DescribeIncident(Unit response) => new("staff_role_deleted", Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
