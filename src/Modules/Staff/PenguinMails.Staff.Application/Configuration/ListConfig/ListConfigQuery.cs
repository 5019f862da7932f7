using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Configuration.ListConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record ListConfigQuery : IQuery<IReadOnlyList<SystemConfigDto>>;
