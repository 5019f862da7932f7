using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Configuration.GetConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record GetConfigQuery(string Key) : IQuery<SystemConfigDto>;
