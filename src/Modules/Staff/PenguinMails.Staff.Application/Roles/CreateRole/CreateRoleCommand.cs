using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Roles.CreateRole;

[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record CreateRoleCommand(string Name, IReadOnlyList<string> Permissions, string? Description = null) : ICommand<StaffRoleDto>, ISecurityIncidentCommand<StaffRoleDto>
{
    public SecurityIncident DescribeIncident(StaffRoleDto response) => new("staff_role_created", response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

internal sealed class CreateRoleCommandValidator : AbstractValidator<CreateRoleCommand>
{
    public CreateRoleCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(50).Matches("^[a-z][a-z0-9_]*$").WithMessage("'Name' is lower-case letters, digits and underscores.");
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.Permissions).NotNull();
    }
}

internal sealed class CreateRoleCommandHandler(IStaffRoleRepository roles, IUnitOfWork unitOfWork, TimeProvider clock) : IRequestHandler<CreateRoleCommand, StaffRoleDto>
{
    public async Task<StaffRoleDto> Handle(CreateRoleCommand request, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(request.Name, cancellationToken) is not null)
        {
            throw new ConflictException("role-name-taken", $"A staff role is named '{request.Name}' already.");
        }

        var permissionIds = await RolePermissions.ResolveAsync(roles, request.Permissions, cancellationToken);
        var now = clock.GetUtcNow();
        var role = StaffRole.Create(request.Name, request.Description, now);
        roles.Add(role);
        await unitOfWork.FlushAsync(cancellationToken);
        await roles.SetPermissionsAsync(role.Id, permissionIds, now, cancellationToken);
        await unitOfWork.FlushAsync(cancellationToken); // the answer is read back from the database: the grants must be there
        return (await roles.ListAsync(cancellationToken)).Single(r => r.Id == role.Id);
    }
}
