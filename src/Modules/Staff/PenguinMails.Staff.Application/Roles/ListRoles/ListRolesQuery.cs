using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Roles.ListRoles;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListRolesQuery : IQuery<IReadOnlyList<StaffRoleDto>>;
