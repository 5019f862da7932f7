using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Members.GrantStaff;

namespace PenguinMails.Staff.Application.Members.GrantStaff;

internal sealed class GrantStaffCommandHandler(StaffGrants grants, IStaffRoleRepository roles, ICurrentUser caller) : IRequestHandler<GrantStaffCommand, StaffMemberDto>
{
    public async Task<StaffMemberDto> Handle(GrantStaffCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(request.Role, cancellationToken);
        await grants.EnsureCallerMayAssignAsync(caller.RequireUserId(), role?.Id, target: null, cancellationToken);
        return await grants.GrantAsync(request.Email, request.Role, request.Notes, cancellationToken);
    }
}
