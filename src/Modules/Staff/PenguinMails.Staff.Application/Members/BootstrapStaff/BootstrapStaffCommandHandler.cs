using MediatR;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Members.BootstrapStaff;

namespace PenguinMails.Staff.Application.Members.BootstrapStaff;

internal sealed class BootstrapStaffCommandHandler(StaffGrants grants) : IRequestHandler<BootstrapStaffCommand, StaffMemberDto>
{
    public Task<StaffMemberDto> Handle(BootstrapStaffCommand request, CancellationToken cancellationToken) =>
        grants.GrantAsync(request.Email, request.Role, "granted from the command line", cancellationToken);
}
