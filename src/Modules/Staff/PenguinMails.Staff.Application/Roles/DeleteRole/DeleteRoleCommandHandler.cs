using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Staff.Contracts.Roles.DeleteRole;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Roles.DeleteRole;

internal sealed class DeleteRoleCommandHandler(IStaffRoleRepository roles, IStaffMemberRepository members) : IRequestHandler<DeleteRoleCommand, Unit>
{
    public async Task<Unit> Handle(DeleteRoleCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("staff role", request.Id);
        if (role.Id is StaffRoleIds.SuperAdmin or StaffRoleIds.Support)
        {
            throw new ConflictException("reference-role", "The reference roles super_admin and support cannot be deleted.");
        }

        if (await members.CountInRoleAsync(role.Id, cancellationToken) is > 0 and var holders)
        {
            throw new ConflictException("role-in-use", $"{holders} staff members hold this role; give them another first.");
        }

        roles.Remove(role); // with its grants, which it owns
        return Unit.Value;
    }
}
