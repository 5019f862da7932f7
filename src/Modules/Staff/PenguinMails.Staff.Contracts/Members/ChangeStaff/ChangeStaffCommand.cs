using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Contracts.Members.ChangeStaff;

/// <summary>Changes a staff member's role or notes; the last super_admin keeps the role.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ChangeStaffCommand : ICommand<StaffMemberDto>, ISecurityIncidentCommand<StaffMemberDto>
{
    public SecurityIncident DescribeIncident(StaffMemberDto response) => new("staff_changed", UserId.ToString());

    [JsonIgnore]
    public Guid UserId { get; init; }

    public Optional<string> Role { get; init; }

    public Optional<string?> Notes { get; init; }
}
