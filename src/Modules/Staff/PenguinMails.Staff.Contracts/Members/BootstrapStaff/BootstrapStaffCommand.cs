using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;

namespace PenguinMails.Staff.Contracts.Members.BootstrapStaff;

/// <summary>
/// Grants staff from the command line (<c>build/run.sh grant-staff EMAIL ROLE</c>): how the first super_admin comes to
/// be, since over the API only staff can grant staff. No route sends it; whoever runs it holds the database credentials.
/// </summary>
public sealed record BootstrapStaffCommand(string Email, string Role) : ICommand<StaffMemberDto>, ISecurityIncidentCommand<StaffMemberDto>
{
    public SecurityIncident DescribeIncident(StaffMemberDto response) => new("staff_granted", response.UserId.ToString());
}
