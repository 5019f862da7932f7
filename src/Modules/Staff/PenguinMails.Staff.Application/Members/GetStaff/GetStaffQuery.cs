using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Members.GetStaff;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record GetStaffQuery(Guid UserId) : IQuery<StaffMemberDto>;

internal sealed class GetStaffQueryHandler(IStaffMemberRepository members) : IRequestHandler<GetStaffQuery, StaffMemberDto>
{
    public async Task<StaffMemberDto> Handle(GetStaffQuery request, CancellationToken cancellationToken) =>
        await members.GetDtoAsync(request.UserId, cancellationToken) ?? throw NotFoundException.For("staff member", request.UserId);
}
