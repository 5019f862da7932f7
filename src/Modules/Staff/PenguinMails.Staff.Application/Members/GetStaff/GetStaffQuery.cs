using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Members.GetStaff;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record GetStaffQuery(Guid UserId) : IQuery<StaffMemberDto>;
