using MediatR;
using PenguinMails.Staff.Application.Contracts;

namespace PenguinMails.Staff.Application.Members.GrantStaff;

internal sealed class GrantStaffCommandHandler(StaffGrants grants) : IRequestHandler<GrantStaffCommand, StaffMemberDto>
{
    public Task<StaffMemberDto> Handle(GrantStaffCommand request, CancellationToken cancellationToken) =>
        grants.GrantAsync(request.Email, request.Role, request.Notes, cancellationToken);
}
