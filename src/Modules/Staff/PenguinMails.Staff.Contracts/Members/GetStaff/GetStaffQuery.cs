using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Contracts.Members.GetStaff;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record GetStaffQuery(Guid UserId) : IQuery<StaffMemberDto>;
