using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Roles.CreateRole;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record CreateRoleCommand(string Name, IReadOnlyList<string> Permissions, string? Description = null) : ICommand<StaffRoleDto>, ISecurityIncidentCommand<StaffRoleDto>
{
    public SecurityIncident DescribeIncident(StaffRoleDto response) => new("staff_role_created", response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
