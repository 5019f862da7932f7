using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Roles.ListRoles;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListRolesQuery : IQuery<IReadOnlyList<StaffRoleDto>>;
