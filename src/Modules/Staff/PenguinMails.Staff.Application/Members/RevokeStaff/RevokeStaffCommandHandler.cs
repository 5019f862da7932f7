using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts.Members.RevokeStaff;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Members.RevokeStaff;

internal sealed class RevokeStaffCommandHandler(IStaffMemberRepository members) : IRequestHandler<RevokeStaffCommand, Unit>
{
    public async Task<Unit> Handle(RevokeStaffCommand request, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(request.UserId, cancellationToken) ?? throw NotFoundException.For("staff member", request.UserId);
        member.EnsureRemovable(await members.CountInRoleAsync(StaffRoleIds.SuperAdmin, cancellationToken));
        members.Remove(member);
        return Unit.Value;
    }
}
