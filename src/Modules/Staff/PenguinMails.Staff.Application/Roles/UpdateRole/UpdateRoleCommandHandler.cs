using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Roles.UpdateRole;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Roles.UpdateRole;

internal sealed class UpdateRoleCommandHandler(IStaffRoleRepository roles, IUnitOfWork unitOfWork, TimeProvider clock) : IRequestHandler<UpdateRoleCommand, StaffRoleDto>
{
    public async Task<StaffRoleDto> Handle(UpdateRoleCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("staff role", request.Id);
        if (role.Id == StaffRoleIds.SuperAdmin && (request.Permissions is not null || request.Name is not null))
        {
            throw new ConflictException("super-admin-fixed", "super_admin keeps its name and every permission.");
        }

        role.Rename(request.Name, request.Description);
        if (request.Permissions is { } names)
        {
            role.GrantOnly(await RolePermissions.ResolveAsync(roles, names, cancellationToken), clock.GetUtcNow());
        }

        await unitOfWork.FlushAsync(cancellationToken);
        return (await roles.ListAsync(cancellationToken)).Single(r => r.Id == role.Id);
    }
}
