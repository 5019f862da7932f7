using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Roles.CreateRole;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Roles.CreateRole;

internal sealed class CreateRoleCommandHandler(IStaffRoleRepository roles, IUnitOfWork unitOfWork, TimeProvider clock) : IRequestHandler<CreateRoleCommand, StaffRoleDto>
{
    public async Task<StaffRoleDto> Handle(CreateRoleCommand request, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(request.Name, cancellationToken) is not null)
        {
            throw new ConflictException("role-name-taken", $"A staff role is named '{request.Name}' already.");
        }

        var permissionIds = await RolePermissions.ResolveAsync(roles, request.Permissions, cancellationToken);
        var role = StaffRole.Create(request.Name, request.Description, permissionIds, clock.GetUtcNow());
        roles.Add(role);
        await unitOfWork.FlushAsync(cancellationToken); // the answer is read back from the database: the role and its grants must be there
        return (await roles.ListAsync(cancellationToken)).Single(r => r.Id == role.Id);
    }
}
