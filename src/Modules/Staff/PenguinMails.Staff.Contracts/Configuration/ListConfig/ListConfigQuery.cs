using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Configuration.ListConfig;

[RequiresStaffPermission(StaffPermissionNames.ConfigManage)]
public sealed record ListConfigQuery : IQuery<IReadOnlyList<SystemConfigDto>>;
