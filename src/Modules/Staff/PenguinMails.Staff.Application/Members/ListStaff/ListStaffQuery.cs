using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Members.ListStaff;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListStaffQuery : IQuery<IReadOnlyList<StaffMemberDto>>;
