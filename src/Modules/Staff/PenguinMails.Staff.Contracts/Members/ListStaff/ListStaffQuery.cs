using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Members.ListStaff;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record ListStaffQuery : IQuery<IReadOnlyList<StaffMemberDto>>;
