using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Roles.ListPermissions;

/// <summary>The staff permissions (reference data), by category.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListPermissionsQuery : IQuery<IReadOnlyList<PermissionDto>>;
