using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Configuration.DeleteConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record DeleteConfigCommand(string Key) : ICommand<Unit>, ISecurityIncidentCommand<Unit>
{
    public SecurityIncident DescribeIncident(Unit response) => new("config_deleted", Key);
}
