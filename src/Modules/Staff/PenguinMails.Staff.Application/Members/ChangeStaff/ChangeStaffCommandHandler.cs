using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Members.ChangeStaff;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Members.ChangeStaff;

internal sealed class ChangeStaffCommandHandler(
    IStaffMemberRepository members, IStaffRoleRepository roles, StaffGrants grants, ICurrentUser caller, IUnitOfWork unitOfWork, TimeProvider clock)
    : IRequestHandler<ChangeStaffCommand, StaffMemberDto>
{
    public async Task<StaffMemberDto> Handle(ChangeStaffCommand request, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(request.UserId, cancellationToken) ?? throw NotFoundException.For("staff member", request.UserId);
        int? roleId = null;
        if (request.Role.IsSet)
        {
            roleId = (await roles.FindByNameAsync(request.Role.Value, cancellationToken)
                      ?? throw new RequestValidationException(new Dictionary<string, string[]> { ["role"] = [$"No staff role is named '{request.Role.Value}'."] })).Id;
        }

        await grants.EnsureCallerMayAssignAsync(caller.RequireUserId(), roleId, member, cancellationToken);
        member.Change(roleId, request.Notes.Value, request.Notes.IsSet, await members.CountInRoleAsync(StaffRoleIds.SuperAdmin, cancellationToken), clock.GetUtcNow());
        await unitOfWork.FlushAsync(cancellationToken);
        return (await members.GetDtoAsync(request.UserId, cancellationToken))!;
    }
}
