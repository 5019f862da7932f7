using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Roles.DeleteRole;

/// <summary>Deletes a role no staff member holds; the reference roles stay.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record DeleteRoleCommand(int Id) : ICommand<Unit>, ISecurityIncidentCommand<Unit>
{
    public SecurityIncident DescribeIncident(Unit response) => new("staff_role_deleted", Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

internal sealed class DeleteRoleCommandHandler(IStaffRoleRepository roles, IStaffMemberRepository members, TimeProvider clock) : IRequestHandler<DeleteRoleCommand, Unit>
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

        await roles.SetPermissionsAsync(role.Id, [], clock.GetUtcNow(), cancellationToken);
        roles.Remove(role);
        return Unit.Value;
    }
}
