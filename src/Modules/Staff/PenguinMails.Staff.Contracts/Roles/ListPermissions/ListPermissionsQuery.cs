using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Roles.ListPermissions;

/// <summary>The staff permissions (reference data), by category.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListPermissionsQuery : IQuery<IReadOnlyList<PermissionDto>>;
