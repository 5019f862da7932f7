using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Members.GetStaff;

namespace PenguinMails.Staff.Application.Members.GetStaff;

internal sealed class GetStaffQueryHandler(IStaffMemberRepository members) : IRequestHandler<GetStaffQuery, StaffMemberDto>
{
    public async Task<StaffMemberDto> Handle(GetStaffQuery request, CancellationToken cancellationToken) =>
        await members.GetDtoAsync(request.UserId, cancellationToken) ?? throw NotFoundException.For("staff member", request.UserId);
}
