using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Configuration.GetConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record GetConfigQuery(string Key) : IQuery<SystemConfigDto>;
