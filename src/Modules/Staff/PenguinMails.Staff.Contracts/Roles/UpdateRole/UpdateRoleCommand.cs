using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Roles.UpdateRole;

/// <summary>Renames a role or replaces its permissions; super_admin always keeps every permission.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record UpdateRoleCommand(string? Name = null, string? Description = null, IReadOnlyList<string>? Permissions = null)
    : ICommand<StaffRoleDto>, ISecurityIncidentCommand<StaffRoleDto>
{
    public SecurityIncident DescribeIncident(StaffRoleDto response) => new("staff_role_updated", response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [JsonIgnore]
    public int Id { get; init; }
}
